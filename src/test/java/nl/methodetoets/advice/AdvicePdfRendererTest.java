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

    /**
     * Studies in the large round: enough for the content to run over some twenty pages and, with the layout of
     * today, to bring a chart right onto a page break (without {@code page-break-inside: avoid} the means chart is
     * drawn half on one page, half on the next, and {@link #noChartIsSplitAcrossPages()} fails). That test also checks
     * that a chart was indeed moved to a new page, so a change of layout that takes the charts away from the page
     * breaks shows up there, asking for another number here.
     */
    private static final int MANY = 130;
    /** The template's page margin (@page margin: 24mm): content lies between these heights. */
    private static final float MARGIN = 24 / 25.4f * 72;

    private static byte[] draftPdf;
    private static byte[] finalPdf;
    private static byte[] emptyPdf;
    private static byte[] largeDraftPdf;
    private static byte[] largeFinalPdf;

    @BeforeAll
    static void renderOnce() {
        VeraGreenfieldFoundryProvider.initialise();
        draftPdf = renderer.render(AdviceTestDocuments.full(true));
        finalPdf = renderer.render(AdviceTestDocuments.full(false));
        emptyPdf = renderer.render(AdviceTestDocuments.empty());
        largeDraftPdf = renderer.render(AdviceTestDocuments.large(true, MANY));
        largeFinalPdf = renderer.render(AdviceTestDocuments.large(false, MANY));
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
        for (byte[] bytes : List.of(draftPdf, finalPdf, emptyPdf, largeDraftPdf, largeFinalPdf)) {
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
    void tableOfContentsOnPageTwoNamesEverySectionWithItsPageAndLinksThere() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largeFinalPdf)) {
            String page2 = text(pdf, 2);
            assertThat(page2).contains("Inhoud");
            Map<String, Integer> entries = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^(.+?)[ .]*\\.{3,}[ .]*(\\d+)\\s*$").matcher(page2);
            while (line.find()) {
                entries.put(line.group(1).strip(), Integer.valueOf(line.group(2)));
            }
            assertThat(entries.keySet()).containsExactly("Conclusies", "Aanbevelingen", "Voorbeeldstudies",
                    "Bevindingen per criterium", "Verdeling van de eindoordelen", "Vergelijking met vorig jaar",
                    "Alle studies", "Leden van de commissie", "Bijlage: het beoordelingskader 2012-1");
            int previous = 3;
            for (Map.Entry<String, Integer> entry : entries.entrySet()) {
                int page = entry.getValue();
                assertThat(page).as(entry.getKey()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(pdf.getNumberOfPages());
                // the heading is on that page, a line of its own
                assertThat(text(pdf, page)).as("page %d holds the heading %s", page, entry.getKey())
                        .containsPattern("(?m)^" + java.util.regex.Pattern.quote(entry.getKey()) + "\\s*$");
                previous = page;
            }
            assertThat(entries.get("Alle studies")).as("the list of all studies starts well after the findings")
                    .isGreaterThan(entries.get("Bevindingen per criterium"));
            assertThat(entries.get("Bijlage: het beoordelingskader 2012-1")).isGreaterThan(entries.get("Leden van de commissie") - 1);

            // every link on page 2 leads to the page its entry names, and describes itself (PDF/UA)
            List<Integer> targets = new ArrayList<>();
            for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation : pdf.getPage(1).getAnnotations()) {
                assertThat(annotation).isInstanceOf(org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink.class);
                var link = (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation;
                assertThat(link.getContents()).startsWith("Naar ");
                var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        ((org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction()).getDestination();
                targets.add(pdf.getPages().indexOf(destination.getPage()) + 1);
            }
            assertThat(new java.util.TreeSet<>(targets)).isEqualTo(new java.util.TreeSet<>(entries.values()));
        }
    }

    @Test
    void appendixListsEveryCriterionOfTheRoundsVersionWithDimensionAnchorsAndRules() throws IOException {
        String text = oneLine(text(largeFinalPdf));
        String squeezed = squeeze(text);
        assertThat(text).contains("Bijlage: het beoordelingskader 2012-1", "methodisch-technische opzet",
                "uitvoeringskwaliteit", "beleidsrendement", "K1 en K2 bij monitors en procesevaluaties");
        int appendix = text.indexOf("Bijlage: het beoordelingskader 2012-1 De commissie");
        assertThat(appendix).isPositive();
        for (nl.methodetoets.review.Rubric.Criterion criterion : AdviceTestDocuments.RUBRIC.criteria()) {
            assertThat(squeeze(text.substring(appendix))).as(criterion.code())
                    .contains(squeeze(criterion.code() + " " + criterion.name()));
            for (nl.methodetoets.review.Rubric.Level level : criterion.levels()) {
                assertThat(squeezed).as("%s level %d", criterion.code(), level.level()).contains(squeeze(level.anchor()));
            }
        }
        assertThat(AdviceTestDocuments.RUBRIC.criteria()).hasSize(8);
        assertThat(text).contains("Consolidatie van de scores", "2 of meer punten", "K1, K2, K5 of K6",
                "de mediaan van de gescoorde criteria, naar beneden afgerond; de score op K1 plus 1",
                "het eindoordeel van de geconsolideerde scores is 4 (goed) of hoger",
                "op K1 of K2 lager is dan 0,667");
    }

    @Test
    void membersAreListedWithRoleAndOrganisationTheChairFirst() throws IOException {
        String text = oneLine(text(largeFinalPdf));
        String members = text.substring(text.lastIndexOf("Leden van de commissie Naam Rol Organisatie"));
        assertThat(members).contains("prof. dr. A. de Vries voorzitter Universiteit Utrecht",
                "dr. B. Öğüt lid Universiteit Twente", "dr. C. Ĳzerman lid Sociaal en Cultureel Planbureau",
                "mr. D. Jansen secretariaat Ministerie van BZK");
        assertThat(members.indexOf("prof. dr. A. de Vries")).isLessThan(members.indexOf("dr. B. Öğüt"));
        assertThat(members.indexOf("dr. C. Ĳzerman")).isLessThan(members.indexOf("mr. D. Jansen"));
        assertThat(members).as("the chair first").startsWith(
                "Leden van de commissie Naam Rol Organisatie prof. dr. A. de Vries voorzitter");
        for (String name : List.of("prof. dr. A. de Vries", "dr. B. Öğüt", "dr. C. Ĳzerman", "mr. D. Jansen")) {
            assertThat(members.indexOf(name)).as("%s once", name).isEqualTo(members.lastIndexOf(name));
        }
    }

    @Test
    void everyPageOfADraftCarriesTheConceptMarkAndNoPageOfTheFinal() throws IOException {
        try (PDDocument draft = Loader.loadPDF(largeDraftPdf); PDDocument published = Loader.loadPDF(largeFinalPdf)) {
            assertThat(draft.getNumberOfPages()).isGreaterThan(15);
            for (int page = 1; page <= draft.getNumberOfPages(); page++) {
                assertThat(text(draft, page)).as("draft page %d", page).contains("CONCEPT 3");
            }
            assertThat(published.getNumberOfPages()).isEqualTo(draft.getNumberOfPages());
            for (int page = 1; page <= published.getNumberOfPages(); page++) {
                assertThat(text(published, page)).as("final page %d", page).doesNotContainIgnoringCase("concept");
            }
        }
    }

    /**
     * A chart is one drawing (an SVG, painted as one form XObject). Were it split, the layout would paint that
     * drawing twice: once on the page where it starts, reaching below the bottom margin, and once on the next, reaching
     * above the top margin. So: exactly one painting per chart, each lying within the margins of its page; and the
     * round is large enough that one chart has indeed been moved whole to the top of a page.
     */
    @Test
    void noChartIsSplitAcrossPages() throws IOException {
        for (byte[] bytes : List.of(largeDraftPdf, largeFinalPdf)) {
            List<ChartPlacement> charts = chartPlacements(bytes);
            assertThat(charts).as("two charts (agreement, means), each painted once").hasSize(2);
            for (ChartPlacement chart : charts) {
                assertThat(chart.bottom()).as("%s: bottom above the bottom margin", chart).isGreaterThanOrEqualTo(MARGIN - 0.5f);
                assertThat(chart.top()).as("%s: top below the top margin", chart).isLessThanOrEqualTo(chart.pageHeight() - MARGIN + 0.5f);
            }
            assertThat(charts).as("a chart moved to the next page instead of being split")
                    .anyMatch(c -> c.top() > c.pageHeight() - MARGIN - 20);
        }
        try (PDDocument pdf = Loader.loadPDF(largeFinalPdf)) {
            // each chart's caption is on the chart's own page
            List<ChartPlacement> charts = chartPlacements(largeFinalPdf);
            assertThat(text(pdf, charts.get(0).page())).contains("Figuur 1.");
            assertThat(text(pdf, charts.get(1).page())).contains("Figuur 2.");
        }
    }

    @Test
    void tablesStayWholeAndTheLongListRepeatsItsHeader() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(largeFinalPdf)) {
            int studyPages = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                String text = oneLine(text(pdf, page));
                if (text.contains("Code Criterium Gemiddelde")) {
                    assertThat(text).as("the findings table on one page").contains("K1 Onderzoeksopzet", "K8 Beleidsrendement");
                }
                if (text.matches(".*Studie \\d{3}: effecten.*") && !text.contains("Voorbeeldstudies")
                        && !text.contains("Motivering van de voorzitter")) {
                    studyPages++;
                    assertThat(text).as("page %d repeats the header of the list", page)
                            .contains("Titel Organisatie Type Eindoordeel Voorbeeld");
                }
            }
            // each criterion of the appendix on one page: its heading with the anchors of its lowest and highest level
            int appendix = pdf.getNumberOfPages();
            while (!text(pdf, appendix).contains("Bijlage: het beoordelingskader")) {
                appendix--;
            }
            for (nl.methodetoets.review.Rubric.Criterion criterion : AdviceTestDocuments.RUBRIC.criteria()) {
                int page = appendix;
                while (!squeeze(text(pdf, page)).contains(squeeze(criterion.code() + " " + criterion.name()))) {
                    page++;
                }
                assertThat(squeeze(text(pdf, page))).as(criterion.code() + " on page " + page)
                        .contains(squeeze(criterion.levels().get(0).anchor()), squeeze(criterion.levels().get(4).anchor()));
            }
            assertThat(studyPages).as("the list of all studies runs over several pages").isGreaterThan(3);
        }
    }

    @Test
    void exemplaryStudiesShowWhoCommissionedThemTheirTypeVerdictMotivationAndScores() throws IOException {
        String text = oneLine(visualText(finalPdf));
        assertThat(text).contains("Organisatie: Gemeente Rotterdam · Opdrachtgever: Ministerie van BZK",
                "Soort studie: effectstudie · Eindoordeel: 5 (zeer goed)",
                "Organisatie: Universiteit van Tilburg · Opdrachtgever: —",
                "Soort studie: monitor · Eindoordeel: 4 (goed)",
                "Motivering van de voorzitter: Vergelijkingswijken vooraf gekozen",
                "Criterium K1 K2 K3 K4 K5 K6 K7 K8 Geconsolideerde score 5 5 4 5 4 5 5 4",
                "Criterium K1 K2 K3 K4 K5 K6 K7 K8 Geconsolideerde score n.v.t. n.v.t. 4 4 3 4 4 4");
    }

    @Test
    void whereStudiesFallShortAndTheTrendPerCriterionAreSaidInWords() throws IOException {
        String text = oneLine(visualText(finalPdf));
        assertThat(text).contains("Studies schieten het vaakst tekort op K1: daar scoren 3 van de 8 studies onder voldoende",
                "1. K1 Onderzoeksopzet / contrafactische situatie: 3 van de 8 studies (38%) onder voldoende.",
                "6. K7 Transparantie en rapportage: 1 van de 8 studies (12%) onder voldoende.",
                "K1 is gemiddeld 0,26 hoger dan in 2023 (95%-interval 0,04 tot 0,49): aantoonbaar verbeterd.",
                "K2 is gemiddeld 0,19 lager dan in 2023 (95%-interval -0,45 tot 0,06): geen aantoonbare verandering.");
        assertThat(text.indexOf("1. K1")).isLessThan(text.indexOf("2. K2")).isLessThan(text.indexOf("3. K6"));
    }

    @Test
    void largeFinalIsPdfA3aAndPdfUa1() throws Exception {
        assertCompliant(largeFinalPdf, PDFAFlavour.PDFA_3_A);
        assertCompliant(largeFinalPdf, PDFAFlavour.PDFUA_1);
        try (PDDocument pdf = Loader.loadPDF(largeFinalPdf)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl-NL");
        }
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

    /** Where a chart's drawing is painted: its page (1-based) and its rectangle in points from the page's bottom. */
    record ChartPlacement(int page, float bottom, float top, float pageHeight) {
    }

    /** Every form XObject painted from a page's content: in this document, only the charts are forms. */
    private static List<ChartPlacement> chartPlacements(byte[] bytes) throws IOException {
        List<ChartPlacement> placements = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int number = 0;
            for (PDPage page : pdf.getPages()) {
                int pageNumber = ++number;
                float height = page.getMediaBox().getHeight();
                new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                    {
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.DrawObject(this));
                    }

                    @Override
                    public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                        // not into the form: a chart is counted once, however it is drawn inside
                        java.awt.geom.Rectangle2D box = form.getBBox().transform(form.getMatrix()).getBounds2D();
                        java.awt.geom.Rectangle2D onPage = getGraphicsState().getCurrentTransformationMatrix()
                                .createAffineTransform().createTransformedShape(box).getBounds2D();
                        placements.add(new ChartPlacement(pageNumber, (float) onPage.getMinY(), (float) onPage.getMaxY(), height));
                    }
                }.processPage(page);
            }
        }
        return placements;
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

    /** The text in reading order on the page, whatever order the layout drew its pieces in (labels, list numbers). */
    private static String visualText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
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
