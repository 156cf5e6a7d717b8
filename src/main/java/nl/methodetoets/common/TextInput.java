package nl.methodetoets.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every text read from JSON (request bodies, the submission's metadata part, task bodies) arrives normalised
 * ({@link InputLimits#normalise}: NFC, line ends as {@code \n}) before any limit counts it. Spring Boot registers the
 * module with the application's {@code ObjectMapper}. Browser forms get the same through {@code web}'s form filter.
 */
@Configuration(proxyBeanMethods = false)
class TextInput {

    @Bean
    Module normalisedText() {
        SimpleModule module = new SimpleModule("methodetoets-normalised-text");
        module.addDeserializer(String.class, new NormalisingStringDeserializer());
        return module;
    }

    static final class NormalisingStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return InputLimits.normalise(super.deserialize(p, ctxt));
        }
    }
}
