package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the inspector learns from a report, how it bounds the text, and that a slow parse is cut off and stops. */
class ReportInspectorTest {
    @TempDir
    Path dir;
    private PdfParsing parsing;

    @AfterEach
    void stopThreads() {
        if (parsing != null) {
            parsing.destroy();
        }
    }

    @Test
    void readsPagesTitleAndTheTextOfEveryPage() throws IOException {
        ReportInspector.Inspection inspection = inspect(DemoReports.pdf("Wijkaanpak Transvaal", 3), Duration.ofSeconds(30));
        assertThat(inspection.pages()).isEqualTo(3);
        assertThat(inspection.title()).isEqualTo("Wijkaanpak Transvaal");
        assertThat(inspection.text()).contains("Wijkaanpak Transvaal").contains("pagina 1 van 3").contains("pagina 3 van 3");
    }

    @Test
    void keepsTheTextOfTheFirstHundredPagesOnly() throws IOException {
        ReportInspector.Inspection inspection = inspect(DemoReports.pdf("Dik rapport", ReportText.MAX_PAGES + 20), Duration.ofSeconds(30));
        assertThat(inspection.pages()).isEqualTo(ReportText.MAX_PAGES + 20);
        assertThat(inspection.text()).contains("pagina " + ReportText.MAX_PAGES + " van").doesNotContain("pagina " + (ReportText.MAX_PAGES + 1) + " van");
    }

    @Test
    void aParseOverTheTimeoutIsRefusedAndItsThreadStops() throws Exception {
        byte[] pdf = DemoReports.pdf("Traag rapport", 400);
        assertThatThrownBy(() -> inspect(pdf, Duration.ofMillis(1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("report.parseTimeout"));
        Await.until(Duration.ofSeconds(5), "cancelled parses stop working", () -> busyParsers() == 0);
    }

    @Test
    void cleansTextForTheDatabase() {
        assertThat(ReportText.clean("a\u0000b\r\nc\u0007  d\n\n\n\ne")).isEqualTo("ab\nc d\n\ne");
    }

    private ReportInspector.Inspection inspect(byte[] pdf, Duration timeout) throws IOException {
        parsing = new PdfParsing(timeout, 256L * 1024 * 1024);
        Path file = Files.write(dir.resolve("rapport.pdf"), pdf);
        return new ReportInspector(parsing, 2000).inspect(file, pdf.length);
    }

    private static long busyParsers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("pdf-parse-") && t.getState() == Thread.State.RUNNABLE).count();
    }
}
