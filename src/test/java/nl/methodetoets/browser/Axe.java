package nl.methodetoets.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque, the engine behind most accessibility checkers) run inside the page the browser shows, on the WCAG
 * 2.0 and 2.1 A and AA rules. {@link #check} fails with one readable line per violation and element: rule, impact,
 * the element's selector and what axe says to fix. The script comes from the classpath ({@code axe.min.js}), so
 * nothing is downloaded at run time.
 */
final class Axe {
    private static final String SCRIPT = load();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Axe() {
    }

    /** Fails on any WCAG 2.1 A/AA violation on the current page. */
    static void check(WebDriver driver, String page) {
        check(driver, page, List.of());
    }

    /**
     * As {@link #check(WebDriver, String)}, with {@code disabledRules} switched off on this page (each with a TODO
     * naming the issue where it is called).
     */
    static void check(WebDriver driver, String page, List<String> disabledRules) {
        List<String> violations = violations(driver, disabledRules);
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + page
                    + " (" + driver.getCurrentUrl() + "):\n  " + String.join("\n  ", violations));
        }
    }

    /** One line per violating element; empty when the page passes. */
    static List<String> violations(WebDriver driver, List<String> disabledRules) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        String rules = disabledRules.stream().map(r -> "'" + r + "': {enabled: false}").collect(Collectors.joining(", "));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                    rules: {%s},
                    iframes: false,
                    resultTypes: ['violations']
                }).then(r => done(JSON.stringify(r.violations)), e => done('ERROR ' + e));
                """.formatted(rules));
        String text = String.valueOf(result);
        if (text.startsWith("ERROR ")) {
            throw new AssertionError("axe-core did not run: " + text);
        }
        List<String> lines = new ArrayList<>();
        try {
            for (JsonNode violation : JSON.readTree(text)) {
                for (JsonNode node : violation.path("nodes")) {
                    List<String> target = new ArrayList<>();
                    node.path("target").forEach(t -> target.add(t.isTextual() ? t.asText() : t.toString()));
                    lines.add(violation.path("id").asText() + " [" + violation.path("impact").asText() + "] "
                            + String.join(" > ", target) + " — " + violation.path("help").asText()
                            + " | " + node.path("failureSummary").asText().replace('\n', ' '));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
