package nl.methodetoets.common;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A template engine over the top-level {@code templates/} folder (on the classpath under {@code documents/}, apart
 * from the web UI's templates): the advice document and the e-mails. Their {@code #{...}} expressions read the
 * application's message bundles ({@code messages*.properties}), the one home of every user-facing word.
 */
public final class DocumentTemplates {
    private DocumentTemplates() {
    }

    /** An engine for {@code documents/<folder>/<name><suffix>}, UTF-8, cached. */
    public static TemplateEngine engine(String folder, String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
        resolver.setPrefix("documents/" + folder);
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // Spring's engine evaluates with SpEL; the plain TemplateEngine needs OGNL, which is not on the classpath
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(MESSAGES);
        return engine;
    }

    private static final MessageSource MESSAGES = bundles();

    /**
     * The application's message bundles as documents read them: the same files and settings as the web UI's
     * {@code spring.messages.*}, usable without a Spring context (documents are also rendered in plain unit tests).
     */
    public static MessageSource messages() {
        return MESSAGES;
    }

    /** The bundles in Dutch: the language of the documents, the mails and the API's wording. */
    public static MessageSourceAccessor dutch() {
        return DUTCH;
    }

    private static final MessageSourceAccessor DUTCH = new MessageSourceAccessor(MESSAGES, Locale.forLanguageTag("nl"));

    private static MessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
