package nl.methodetoets.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message bundles: a key defined twice silently replaces the first text (the later line wins), and a key only
 * in one language shows its code in the other.
 */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void noKeyIsDefinedTwice(String bundle) throws IOException {
        List<String> twice = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : keys(bundle)) {
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).as("keys defined twice in " + bundle).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> dutch = new HashSet<>(keys("messages.properties"));
        Set<String> english = new HashSet<>(keys("messages_en.properties"));
        assertThat(dutch).as("keys only in Dutch").isSubsetOf(english);
        assertThat(english).as("keys only in English").isSubsetOf(dutch);
    }

    private static List<String> keys(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(RESOURCES.resolve(bundle), StandardCharsets.ISO_8859_1)) {
            boolean wasContinued = continued;
            continued = line.endsWith("\\") && !line.endsWith("\\\\");
            String trimmed = line.strip();
            if (wasContinued || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = 0;
            while (end < trimmed.length() && "=: ".indexOf(trimmed.charAt(end)) < 0) {
                end++;
            }
            keys.add(trimmed.substring(0, end));
        }
        return keys;
    }
}
