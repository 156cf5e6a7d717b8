package nl.methodetoets.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module structure of STYLE.md, verified: features as modules without cycles, adapters where they belong. */
class ModuleStructureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.methodetoets");
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("nl.methodetoets.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void statisticsArePureFunctions() {
        noClasses().that().resideInAPackage("nl.methodetoets.statistics..")
                .should().dependOnClassesThat().resideOutsideOfPackages("nl.methodetoets.statistics..", "java..")
                .check(classes);
    }

    @Test
    void onlyThePublicEngineApiIsUsed() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.camunda..impl..").check(classes);
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

    @Test
    void modulesUseEachOthersApisNotTheirAdapters() {
        noClasses().that().resideOutsideOfPackage("nl.methodetoets.submission..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.methodetoets.submission.process..", "nl.methodetoets.submission.web..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("nl.methodetoets.review..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.methodetoets.review.process..", "nl.methodetoets.review.web..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("nl.methodetoets.advice..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.methodetoets.advice.process..", "nl.methodetoets.advice.web..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("nl.methodetoets.notification..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.methodetoets.notification.web..")
                .check(classes);
    }
}
