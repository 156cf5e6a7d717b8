package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class AdvicePdfRendererTest {

    private static final AdvicePdfRenderer renderer =
            new AdvicePdfRenderer(Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC), AdviceTestDocuments.RULES);

    private static byte[] draftPdf;
    private static byte[] finalPdf;
    private static byte[] emptyPdf;

    @BeforeAll
    static void renderOnce() {
        VeraGreenfieldFoundryProvider.initialise();
        draftPdf = renderer.render(AdviceTestDocuments.full(true));
        finalPdf = renderer.render(AdviceTestDocuments.full(false));
        emptyPdf = renderer.render(AdviceTestDocuments.empty());
    }

    @Test
    void finalShowsExemplaryStudiesWithTheirDiacritics() throws IOException {
        String text = text(finalPdf);

        assertThat(squeeze(text)).contains(squeeze(AdviceTestDocuments.EXEMPLARY_1), squeeze(AdviceTestDocuments.EXEMPLARY_2),
                squeeze(AdviceTestDocuments.CAFE_STUDY));
        assertThat(text).contains("Ĳsselmonde", "buurtcafé", "Geïntegreerd", "geïntegreerde", "ë ö", "Öztürk",
                "Ĳzerman", "vóór");
        assertThat(oneLine(text)).contains(
                "Jaaradvies 2024 — Methodologische kwaliteit van effectstudies wijkenaanpak",
                "Voorbeeldstudies", "Bevindingen per criterium", "Verdeling van de eindoordelen",
                "Vergelijking met vorig jaar", "Alle studies", "Leden van de commissie",
                "voorlopig", "14 maart 2025");
    }

    @Test
    void findingsAndTrendAreFormattedTheDutchWay() throws IOException {
        String text = oneLine(text(finalPdf));

        assertThat(text).contains("K1 Onderzoeksopzet / contrafactische situatie 2,57 3 0,712",
                "K8 Beleidsrendement en proportionaliteit — — —",
                "+0,31", "-0,12 tot +0,74", "aantoonbaar",
                "3 voldoende 2 29%", "Totaal 7",
                "pagina 1 van ");
    }

    @Test
    void draftCarriesConceptMarkerOnEveryPageAndInTheTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(draftPdf)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(text(pdf, page)).as("page %d", page).contains("CONCEPT 2");
            }
            assertThat(pdf.getDocumentInformation().getTitle()).contains("CONCEPT 2");
        }
    }

    @Test
    void finalCarriesNoConceptMarker() throws IOException {
        assertThat(text(finalPdf)).doesNotContainIgnoringCase("concept");
        try (PDDocument pdf = Loader.loadPDF(finalPdf)) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Jaaradvies 2024 — Methodologische kwaliteit van effectstudies wijkenaanpak");
        }
    }

    @Test
    void finalHasArchivalMetadataInDutch() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(finalPdf)) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Wetenschappelijke Commissie");
            assertThat(pdf.getDocumentInformation().getSubject()).contains("2024", "effectstudies");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void finalIsPdfA3a() throws Exception {
        assertCompliant(finalPdf, PDFAFlavour.PDFA_3_A);
    }

    @Test
    void finalIsPdfUa1() throws Exception {
        assertCompliant(finalPdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void draftIsPdfA3aToo() throws Exception {
        assertCompliant(draftPdf, PDFAFlavour.PDFA_3_A);
    }

    @Test
    void validatorRejectsAPlainPdf() throws Exception {
        // guards against a veraPDF set-up that passes everything (e.g. the javax JAXB variant next to JAXB 4)
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(plain);
        }
        try (PDFAParser parser = Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(plain.toByteArray()), PDFAFlavour.PDFA_3_A);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_A, false)) {
            assertThat(validator.validate(parser).isCompliant()).isFalse();
        }
    }

    @Test
    void allFontsAreEmbedded() throws IOException {
        for (byte[] bytes : List.of(draftPdf, finalPdf, emptyPdf)) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                        fonts.add(font.getName());
                    }
                }
                assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("DejaVu"));
            }
        }
    }

    @Test
    void emptyDocumentRendersGracefully() throws Exception {
        String text = oneLine(text(emptyPdf));

        assertThat(text).contains("Jaaradvies 2025", "Geen studies in deze ronde",
                "Geen eerder jaar met beoordeelde studies", "geen voorbeeldstudies aangewezen",
                "Geen leden opgegeven", "Geen eindoordelen in deze ronde", "30 juni 2025");
        assertCompliant(emptyPdf, PDFAFlavour.PDFUA_1);
    }

    @Test
    void rendersConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<byte[]> a = pool.submit(() -> renderer.render(AdviceTestDocuments.full(true)));
            Future<byte[]> b = pool.submit(() -> renderer.render(AdviceTestDocuments.full(false)));
            assertThat(text(a.get())).contains("CONCEPT 2");
            assertThat(text(b.get())).doesNotContain("CONCEPT");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertCompliant(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant()).as(() -> flavour + " failed: " + failures(result)).isTrue();
        }
    }

    private static String failures(ValidationResult result) {
        Map<String, String> messages = result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .collect(Collectors.toMap(a -> ruleId(a.getRuleId()), TestAssertion::getMessage, (x, y) -> x));
        return result.getFailedChecks().entrySet().stream()
                .map(e -> ruleId(e.getKey()) + " (" + e.getValue() + "x): " + messages.getOrDefault(ruleId(e.getKey()), ""))
                .sorted()
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String ruleId(org.verapdf.pdfa.validation.profiles.RuleId id) {
        return id.getSpecification() + " " + id.getClause() + "-" + id.getTestNumber();
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** Line breaks become single spaces, so that wrapped sentences can be matched. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** All whitespace removed: table cells wrap titles at hyphens, too. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
