package nl.methodetoets.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * User-facing text lives in the message bundles ({@code messages.properties}, {@code messages_en.properties}), never
 * in Java literals. This scan fails when a string literal in {@code src/main/java} reads like Dutch text and is not
 * on the allow-list below, where each exception says why it is one.
 */
class NoDutchLiteralsTest {
    private static final Path MAIN = Path.of("src/main/java/nl/methodetoets");

    /** Files whose Dutch literals are all legitimate: content, not wording of the application. */
    private static final Map<String, String> ALLOWED_FILES = Map.of(
            "demo/DemoData.java", "demo content: organisations, people and studies of the demo data set",
            "demo/DemoReports.java", "demo content: the text printed in the generated demo PDFs");

    /** Single literals that may stay, per file: (file, literal) with the reason. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            // the bootstrap administrator's display name: user data stored once, not wording of the UI
            Map.entry("identity/AdminBootstrap.java", Set.of("Beheer Methodetoets", "beheer@methodetoets.invalid")));

    @Test
    void mainSourcesHoldNoDutchTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        Map<String, Set<String>> unused = new java.util.HashMap<>();
        ALLOWED.forEach((file, literals) -> unused.put(file, new java.util.HashSet<>(literals)));
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (ALLOWED_FILES.containsKey(name)) {
                    continue;
                }
                for (DutchLiterals.Literal literal : DutchLiterals.find(Files.readString(file, StandardCharsets.UTF_8))) {
                    unused.getOrDefault(name, new java.util.HashSet<>()).remove(literal.text());
                    if (!ALLOWED.getOrDefault(name, Set.of()).contains(literal.text())) {
                        found.add(name + ":" + literal.line() + " \"" + literal.text() + "\"");
                    }
                }
            }
        }
        assertThat(found)
                .as("Dutch text in Java: put it in messages.properties (and messages_en.properties) and use its key")
                .isEmpty();
        unused.values().removeIf(Set::isEmpty);
        assertThat(unused).as("allow-list entries whose literal is gone: remove them, so the list cannot rot").isEmpty();
    }

    @Test
    void theScanFindsDutchTextAndPassesKeysIdsAndEnglish() {
        String source = """
                class Sample {
                    // "Eindoordeel vastgesteld" in a comment is fine
                    /* and "de studie" in a block comment too */
                    String note = "Eindoordeel vastgesteld";
                    String label = "voorlopig";
                    String sentence = "Voeg de bijlage toe.";
                    String key = "advice.doc.title";
                    String id = "Task_ScoreStudy";
                    String log = "Reviewer {} of study {} is unknown: no reminder written";
                    char quote = '"';
                    String sql = "select id from study where status = ?";
                }
                """;

        assertThat(DutchLiterals.find(source)).extracting(DutchLiterals.Literal::text)
                .containsExactly("Eindoordeel vastgesteld", "voorlopig", "Voeg de bijlage toe.");
        assertThat(DutchLiterals.find(source)).extracting(DutchLiterals.Literal::line).containsExactly(4, 5, 6);
    }

    @Test
    void theScanReadsTextBlocks() {
        String source = "class Sample {\n    String text = \"\"\"\n        Beste indiener,\n        uw studie is ontvangen.\n        \"\"\";\n}\n";

        assertThat(DutchLiterals.find(source)).hasSize(1).first().extracting(DutchLiterals.Literal::line).isEqualTo(2);
    }
}
