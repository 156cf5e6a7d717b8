package nl.methodetoets.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs, once the app is ready, the address to open in a browser, with the port the server actually listens on. */
@Component
class StartupAddress {
    private static final Logger log = LoggerFactory.getLogger(StartupAddress.class);

    @EventListener(ApplicationReadyEvent.class)
    void ready(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            log.info("Methodetoets is running at {}", address(web.getWebServer().getPort(), event.getApplicationContext().getEnvironment()));
        }
    }

    static String address(int port, Environment environment) {
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        if (contextPath.endsWith("/")) {
            contextPath = contextPath.substring(0, contextPath.length() - 1);
        }
        return "http://localhost:" + port + contextPath + "/";
    }
}
