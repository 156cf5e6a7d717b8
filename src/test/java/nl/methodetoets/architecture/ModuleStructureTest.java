package nl.methodetoets.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rules of STYLE.md that Spring Modulith does not check ({@link ModulithTest} checks cycles and that modules use
 * only each other's interfaces, never their {@code web} or {@code process} adapters): pure statistics, only the
 * engine's public API, delegates and controllers in their adapter packages.
 */
class ModuleStructureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.methodetoets");
    }

    @Test
    void statisticsArePureFunctions() {
        noClasses().that().resideInAPackage("nl.methodetoets.statistics..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.methodetoets.statistics..", "java..")
                .check(classes);
    }

    @Test
    void onlyThePublicEngineApiIsUsed() {
        // the single exception: the webapps' container-based login filter, confined to one adapter in identity
        noClasses().that().haveNameNotMatching("nl\\.methodetoets\\.identity\\.CamundaWebappLogin(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..impl..").check(classes);
    }

    @Test
    void delegatesLiveInProcessAdapters() {
        classes().that().implement(JavaDelegate.class).or().implement(ExecutionListener.class)
                .should().resideInAPackage("..process..").check(classes);
    }

    @Test
    void controllersLiveInWebAdapters() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("..web..").check(classes);
    }
}
