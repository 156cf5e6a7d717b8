package nl.methodetoets.process;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of the process tests. Its configuration is deliberately not named camunda.cfg.xml: that
 * name is picked up by the engine REST API's engine lookup and would start a second engine inside the
 * application tests.
 */
final class ProcessTestEngine {
    static final String CONFIGURATION = "camunda-process-test.cfg.xml";

    private ProcessTestEngine() {
    }

    static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
    }
}
