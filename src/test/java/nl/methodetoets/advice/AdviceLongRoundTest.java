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

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import nl.methodetoets.advice.AdviceDocument.AdviceStudy;

/**
 * A round longer than a page (issue 11, "Scale"): the list of all studies is laid out in table bodies of at most 25
 * rows, because openhtmltopdf works out the cell widths of a whole table body again each time a row moves to the
 * next page; one body of every study made the layout grow with pages × studies (bench/AdviceRendering.java). The
 * groups must not show: one table, its header on every page, every study once and in order, still PDF/A-3a and
 * PDF/UA-1.
 */
class AdviceLongRoundTest {

    private static final int STUDIES = 60;
    private static final AdvicePdfRenderer renderer =
            new AdvicePdfRenderer(Clock.fixed(Instant.parse("2025-06-30T08:00:00Z"), ZoneOffset.UTC), AdviceTestDocuments.RULES);

    private static byte[] pdf;

    @BeforeAll
    static void renderOnce() {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = renderer.render(round(STUDIES));
    }

    @Test
    void studiesAreOneTableInBodiesOfAtMost25Rows() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> tables = new ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot(), "Table", tables);
            // the list of all studies: the table with the most rows
            PDStructureElement studies = tables.stream()
                    .max(java.util.Comparator.comparingInt(table -> count(table, "TR"))).orElseThrow();

            List<PDStructureElement> heads = new ArrayList<>();
            collect(studies, "THead", heads);
            List<PDStructureElement> bodies = new ArrayList<>();
            collect(studies, "TBody", bodies);
            List<Integer> rows = bodies.stream().map(body -> count(body, "TR")).toList();

            assertThat(heads).hasSize(1);
            assertThat(rows).containsExactly(25, 25, 10);
        }
    }

    @Test
    void everyPageOfTheTableRepeatsItsHeaderAndEveryStudyAppearsOnceInOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StringBuilder all = new StringBuilder();
            int tablePages = 0;
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String text = squeeze(text(doc, page));
                if (text.contains("Studienummer")) {
                    tablePages++;
                    assertThat(text).as("page %d", page).contains("TitelOrganisatieTypeEindoordeelVoorbeeld");
                }
                all.append(text);
            }
            assertThat(tablePages).isGreaterThan(2);
            int from = 0;
            for (int i = 1; i <= STUDIES; i++) {
                String title = squeeze(title(i));
                int at = all.indexOf(title, from);
                assertThat(at).as("study %d after the one before", i).isGreaterThanOrEqualTo(0);
                assertThat(all.indexOf(title, at + 1)).as("study %d once", i).isNegative();
                from = at;
            }
        }
    }

    @Test
    void isStillPdfA3aAndPdfUa1() throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1)) {
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                assertThat(validator.validate(parser).isCompliant()).as(flavour.toString()).isTrue();
            }
        }
    }

    /** A round of {@code n} studies titled "Studienummer i …", none exemplary (so each title is printed once). */
    private static AdviceDocument round(int n) {
        AdviceDocument full = AdviceTestDocuments.full(false);
        List<AdviceStudy> studies = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            studies.add(new AdviceStudy("S-2024-" + i, title(i), List.of("A. Auteur"), "Gemeente " + (i % 7),
                    i % 3 == 0 ? "MONITOR" : "EFFECT", 1 + i % 5, false, false, null));
        }
        return new AdviceDocument(full.year(), false, 0, full.conclusions(), full.recommendations(), studies,
                full.members(), Map.of(1, 12L, 2, 12L, 3, 12L, 4, 12L, 5, 12L), full.criterionFindings(),
                full.fallsShort(), full.trend(), full.instrument(), full.generatedAt());
    }

    /** Titles differ in length, so rows differ in height, and no title contains another. */
    private static String title(int i) {
        return "Studienummer " + i + " over de wijkaanpak" + " en de buurt".repeat(i % 4) + " (einde " + i + ")";
    }

    private static int count(PDStructureNode node, String type) {
        List<PDStructureElement> found = new ArrayList<>();
        collect(node, type, found);
        return found.size();
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if (type.equals(element.getStructureType())) {
                    found.add(element);
                }
                collect(element, type, found);
            }
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
