package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import nl.methodetoets.app.HostilePdfs;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.demo.DemoReports;
import nl.methodetoets.testing.Await;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the inspector learns from a report, how it bounds the text, and that a slow parse is cut off and stops. */
class ReportInspectorTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile/pdf");
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

    /** Each committed hostile PDF (src/test/resources/hostile/pdf, made by app/HostilePdfs) and its refusal. */
    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
            "js-openaction.pdf, report.javaScript",
            "js-names-tree.pdf, report.javaScript",
            "js-link.pdf, report.javaScript",
            "js-page-aa.pdf, report.javaScript",
            "js-form-field.pdf, report.javaScript",
            "launch-action.pdf, report.launchAction",
            "embedded-exe.pdf, report.embeddedFile",
            "file-attachment.pdf, report.embeddedFile",
            "pages-200000.pdf, report.tooManyPages",
            "page-tree-loop.pdf, report.pageTreeLoop",
            "flate-bomb-1gib.pdf, report.tooMuchContent",
            "huge-mediabox.pdf, report.pageTooLarge",
            "not-a-pdf.pdf, report.notPdf",
            "encrypted.pdf, report.encrypted",
            "truncated.pdf, report.notPdf"})
    void hostilePdfsAreRefused(String name, String key) throws IOException {
        byte[] pdf = Files.readAllBytes(HOSTILE.resolve(name));
        assertThatThrownBy(() -> inspect(pdf, Duration.ofSeconds(30)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo(key));
    }

    /**
     * The two expensive refusals are quick and cheap: the 1 GiB Flate bomb stops at the decode budget (inflated into
     * nothing, so hardly any heap), the 200,000-page file at page 2,001 of the walk. Prints what it measured.
     */
    @Test
    void theBombAndTheThickFileAreRefusedQuicklyAndWithoutMuchHeap() throws IOException {
        parsing = new PdfParsing(Duration.ofSeconds(30), 128L << 20);
        ReportInspector inspector = new ReportInspector(parsing, 2000);
        Path warmUp = Files.write(dir.resolve("opwarmen.pdf"), DemoReports.pdf("Opwarmen", 1));
        for (String name : List.of("flate-bomb-1gib.pdf", "pages-200000.pdf")) {
            Path file = HOSTILE.resolve(name);
            inspector.inspect(warmUp, Files.size(warmUp)); // classes loaded; the same parser thread is used again
            long allocatedBefore = parserAllocatedBytes();
            long started = System.nanoTime();
            assertThatThrownBy(() -> inspector.inspect(file, Files.size(file))).isInstanceOf(InvalidInputException.class);
            long millis = (System.nanoTime() - started) / 1_000_000;
            long allocated = parserAllocatedBytes() - allocatedBefore;
            System.out.printf("MEASURED %s refused in %d ms, the parser thread allocated %d KB%n", name, millis, allocated >> 10);
            // generous: the machines running this are shared (a quiet one needs well under a second for each)
            assertThat(millis).as(name + " refused well within the parse timeout").isLessThan(25_000);
            assertThat(allocated).as(name + " allocation").isLessThan(512L << 20);
        }
    }

    @Test
    void aNormalReportWithLinksFormsAndImagesIsAccepted() throws IOException {
        ReportInspector.Inspection inspection = inspect(HostilePdfs.goodReportWithLinksFormAndImage(), Duration.ofSeconds(30));
        assertThat(inspection.pages()).isEqualTo(2);
    }

    @Test
    void theDecodeBudgetCountsOnlyInsideAParse() throws IOException {
        // outside a parse (the advice renderer, demo data) PDFBox's filters work as ever, however much they decode
        assertThat(DemoReports.pdf("Buiten de begroting", 30)).isNotEmpty();
        parsing = new PdfParsing(Duration.ofSeconds(30), 1024);
        Path file = Files.write(dir.resolve("klein-budget.pdf"), DemoReports.pdf("Klein budget", 3));
        assertThatThrownBy(() -> new ReportInspector(parsing, 2000).inspect(file, Files.size(file)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("report.tooMuchContent"));
    }

    @Test
    void thePageCapIsConfigurable() throws IOException {
        parsing = new PdfParsing(Duration.ofSeconds(30), 256L << 20);
        Path file = Files.write(dir.resolve("vijf.pdf"), DemoReports.pdf("Vijf pagina's", 5));
        assertThat(new ReportInspector(parsing, 5).inspect(file, Files.size(file)).pages()).isEqualTo(5);
        assertThatThrownBy(() -> new ReportInspector(parsing, 4).inspect(file, Files.size(file)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("report.tooManyPages");
                    assertThat(e.errors().get(0).args()).containsExactly(4);
                });
    }

    @Test
    void aPreviewOfAHugePageStaysSmall() throws IOException {
        parsing = new PdfParsing(Duration.ofSeconds(30), 256L << 20);
        Path pdf = HOSTILE.resolve("huge-mediabox.pdf");
        Path png = new ReportPreviews(nl.methodetoets.common.FileStore.inDirectory(dir), parsing).firstPage("reus", 1, pdf);
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(ReportPreviews.MAX_PIXELS);
    }

    private ReportInspector.Inspection inspect(byte[] pdf, Duration timeout) throws IOException {
        if (parsing != null) {
            parsing.destroy();
        }
        parsing = new PdfParsing(timeout, 128L << 20);
        Path file = Files.write(dir.resolve("rapport.pdf"), pdf);
        return new ReportInspector(parsing, 2000).inspect(file, pdf.length);
    }

    private static long parserAllocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("pdf-parse-"))
                .mapToLong(t -> Math.max(0, threads.getThreadAllocatedBytes(t.getId()))).sum();
    }

    private static long busyParsers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("pdf-parse-") && t.getState() == Thread.State.RUNNABLE).count();
    }
}
