package nl.methodetoets.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module documentation under {@code docs/modules} (component diagram, one diagram and one canvas per module) is
 * generated from the code by Spring Modulith's Documenter. This test regenerates it; when the committed copy differs,
 * it writes the new one in its place and fails, so a structural change cannot land with stale documentation.
 */
class ModuleDocumentationTest {
    private static final Path COMMITTED = Path.of("docs", "modules");
    private static final Path GENERATED = Path.of("target", "modulith-docs");

    @Test
    void theCommittedModuleDocumentationIsCurrent() throws IOException {
        new Documenter(ModulithTest.MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeDocumentation();
        for (String name : files(GENERATED)) {
            normalise(GENERATED.resolve(name));
        }
        List<String> stale = new ArrayList<>();
        for (String name : union(files(GENERATED), files(COMMITTED))) {
            Path generated = GENERATED.resolve(name);
            Path committed = COMMITTED.resolve(name);
            if (!Files.exists(generated)) {
                Files.delete(committed);
                stale.add(name + " (no longer generated, removed)");
            } else if (!Files.exists(committed) || Files.mismatch(generated, committed) != -1) {
                Files.createDirectories(COMMITTED);
                Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                stale.add(name);
            }
        }
        assertThat(stale).as("docs/modules was out of date and has been regenerated; commit these files").isEmpty();
    }

    /**
     * The Documenter writes relations, components and bean lists in hash order, which changes from run to run; runs of
     * such lines are sorted so that only a real change of structure makes a difference.
     */
    private static void normalise(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = sortableKind(line);
            if (kind == null || !kind.equals(runKind) || line.startsWith("|")) {
                flush(run, result);
            }
            runKind = kind;
            (kind == null ? result : run).add(line);
        }
        flush(run, result);
        Files.write(file, result);
    }

    /** Sorts a run of lines; an Asciidoc table cell's leading "|" stays on the run's first line. */
    private static void flush(List<String> run, List<String> result) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|");
        if (cell) {
            run.set(0, run.get(0).substring(1));
        }
        run.sort(null);
        if (cell) {
            run.set(0, "|" + run.get(0));
        }
        result.addAll(run);
        run.clear();
    }

    private static String sortableKind(String line) {
        String trimmed = line.stripLeading();
        for (String prefix : List.of("Rel(", "Component(", "* `", "|* `")) {
            if (trimmed.startsWith(prefix)) {
                return prefix.replace("|", "");
            }
        }
        return null;
    }

    private static Set<String> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> found = Files.list(folder)) {
            return found.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
