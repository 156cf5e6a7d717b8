package benchbare;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up baseline of issue 13: the app start.camunda.com generates (Spring Boot 3.5.7 with the Camunda 7.24
 * webapp and REST starters, web, JDBC with H2 and actuator health, an admin user "demo" and the "All tasks" filter),
 * on a fresh H2 file. It runs from the product's runtime class path (without target/classes, so neither the product's
 * application.yml nor its models are seen), so every auto-configuration the generated app would not have is excluded
 * by name below; {@code --debug} prints the conditions report that shows only web, JDBC, actuator and Camunda remain.
 * In a package of its own so it never scans nl.methodetoets.
 *
 *   java -cp "target/bench-classes:$(cat target/cp-runtime.txt)" benchbare.BareStarter DIR PORT [--debug]
 */
@SpringBootApplication
public class BareStarter {
    /** Auto-configurations on the product's class path that the generated app (no such dependencies) would not have. */
    static final String[] NOT_IN_THE_GENERATED_APP = {
            "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration",
            "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
            "org.springframework.boot.autoconfigure.mail.MailSenderValidatorAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.mail.MailHealthContributorAutoConfiguration",
            "org.springframework.boot.autoconfigure.session.SessionAutoConfiguration",
            "org.springdoc.core.configuration.SpringDocConfiguration",
            "org.springdoc.core.properties.SpringDocConfigProperties",
            "org.springdoc.core.configuration.SpringDocSpecPropertiesConfiguration",
            "org.springdoc.core.configuration.SpringDocJavadocConfiguration",
            "org.springdoc.core.configuration.SpringDocGroovyConfiguration",
            "org.springdoc.core.configuration.SpringDocSecurityConfiguration",
            "org.springdoc.core.configuration.SpringDocFunctionCatalogConfiguration",
            "org.springdoc.core.configuration.SpringDocHateoasConfiguration",
            "org.springdoc.core.configuration.SpringDocPageableConfiguration",
            "org.springdoc.core.configuration.SpringDocSortConfiguration",
            "org.springdoc.core.configuration.SpringDocDataRestConfiguration",
            "org.springdoc.core.configuration.SpringDocKotlinConfiguration",
            "org.springdoc.core.configuration.SpringDocKotlinxConfiguration",
            "org.springdoc.core.configuration.SpringDocJacksonKotlinModuleConfiguration",
            "org.springdoc.core.properties.SwaggerUiConfigProperties",
            "org.springdoc.core.properties.SwaggerUiOAuthProperties",
            "org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration",
            "org.springdoc.webmvc.core.configuration.MultipleOpenApiSupportConfiguration",
            "org.springdoc.webmvc.ui.SwaggerConfig",
    };

    public static void main(String[] args) {
        String dir = args.length > 0 ? args[0] : "./bare-starter";
        String port = args.length > 1 ? args[1] : "8080";
        Map<String, Object> properties = new HashMap<>();
        // start.camunda.com's application.yaml
        properties.put("spring.datasource.url", "jdbc:h2:file:" + dir + "/camunda-h2-database");
        properties.put("camunda.bpm.admin-user.id", "demo");
        properties.put("camunda.bpm.admin-user.password", "demo");
        properties.put("camunda.bpm.filter.create", "All tasks");
        properties.put("server.port", port);
        properties.put("spring.autoconfigure.exclude", String.join(",", NOT_IN_THE_GENERATED_APP));
        SpringApplication app = new SpringApplication(BareStarter.class);
        app.setDefaultProperties(properties);
        app.run(args.length > 2 ? new String[] {args[2]} : new String[0]);
    }
}
