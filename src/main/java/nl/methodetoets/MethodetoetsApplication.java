package nl.methodetoets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Methodetoets: each top-level package is an application module with its allowed dependencies in its
 * {@code package-info.java}; {@code common} (errors, validation, messages, time) is shared by all of them.
 */
@SpringBootApplication
@Modulithic(sharedModules = "common")
public class MethodetoetsApplication {
    public static void main(String[] args) {
        SpringApplication.run(MethodetoetsApplication.class, args);
    }
}
