package nl.methodetoets.architecture;

import nl.methodetoets.MethodetoetsApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The module boundaries, checked by Spring Modulith: no cycles, and modules use only each other's named interfaces. */
class ModulithTest {
    static final ApplicationModules MODULES = ApplicationModules.of(MethodetoetsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }
}
