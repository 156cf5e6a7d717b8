package nl.methodetoets.common;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A template engine over the top-level {@code templates/} folder (on the classpath under {@code documents/}, apart
 * from the web UI's templates): the advice document and the e-mails.
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
        TemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
