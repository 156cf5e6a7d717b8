package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeLeavesTheCompleteFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("a/b/advice.pdf");
        DurableFiles.write(target, out -> out.write("eerste".getBytes(StandardCharsets.UTF_8)));
        DurableFiles.write(target, out -> out.write("tweede".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(target)).isEqualTo("tweede");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailingWriterLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("preview.png");
        assertThatThrownBy(() -> DurableFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void moveIntoPlaceMovesAWrittenFileIntoANewDirectory() throws IOException {
        Path upload = Files.writeString(dir.resolve("upload.tmp"), "pdf");
        Path target = dir.resolve("study/v1.pdf");

        DurableFiles.moveIntoPlace(upload, target);

        assertThat(Files.readString(target)).isEqualTo("pdf");
        assertThat(upload).doesNotExist();
    }
}
