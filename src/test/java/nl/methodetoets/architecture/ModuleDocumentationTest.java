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
