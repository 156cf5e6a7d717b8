package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AdviceViewTest {

    @Test
    void paragraphsAreSplitOnBlankLinesAndKeepTheirLineBreaks() {
        List<AdviceView.Paragraph> paragraphs =
                AdviceView.paragraphs("  Eerste regel.\r\nTweede regel.\n \n\n\tDerde alinea.\n\n");

        assertThat(paragraphs).containsExactly(
                new AdviceView.Paragraph(List.of("Eerste regel.", "Tweede regel.")),
                new AdviceView.Paragraph(List.of("Derde alinea.")));
        assertThat(AdviceView.paragraphs(null)).isEmpty();
        assertThat(AdviceView.paragraphs(" \n\n ")).isEmpty();
    }

    @Test
    void numbersUseTheDutchDecimalCommaAndADashWhenMissing() {
        assertThat(AdviceView.decimal(2.567, "0.00")).isEqualTo("2,57");
        assertThat(AdviceView.decimal(0.7, "0.000")).isEqualTo("0,700");
        assertThat(AdviceView.decimal(null, "0.00")).isEqualTo("—");
        assertThat(AdviceView.decimal(Double.NaN, "0.00")).isEqualTo("—");
    }

    @Test
    void verdictsAndStudyTypesAreShownInDutch() {
        assertThat(AdviceView.verdict(4)).isEqualTo("4 (goed)");
        assertThat(AdviceView.verdict(null)).isEqualTo("—");
        assertThat(AdviceView.studyType("PROCESS")).isEqualTo("procesevaluatie");
        assertThat(AdviceView.studyType("EFFECT")).isEqualTo("effectstudie");
    }

    @Test
    void textIsEscapedSoTheXhtmlStaysWellFormed() throws Exception {
        AdviceDocument doc = new AdviceDocument(2024, false, 0, "a < b & c > \"d\" 'e'", null,
                List.of(new AdviceDocument.AdviceStudy("x", "<script>alert(1)</script>", List.of(), "R&D", "EFFECT",
                        3, true, false, "<b>vet</b>")),
                List.of(), null, null, null, null, null, AdviceTestDocuments.GENERATED);

        String xhtml = new AdvicePdfRenderer(AdviceTestDocuments.RULES).toXhtml(doc);

        assertThat(xhtml).contains("a &lt; b &amp; c &gt;", "&lt;script&gt;", "R&amp;D").doesNotContain("<script>");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xhtml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void theTrendPerCriterionIsOneSentenceWithItsIntervalAndReading() {
        assertThat(AdviceView.criterionTrend(finding("K1", 0.4, 0.1, 0.7, "aantoonbaar verbeterd"), 2011))
                .isEqualTo("K1 is gemiddeld 0,40 hoger dan in 2011 (95%-interval 0,10 tot 0,70): aantoonbaar verbeterd.");
        assertThat(AdviceView.criterionTrend(finding("K2", -0.25, -0.5, -0.004, "aantoonbaar verslechterd"), 2011))
                .isEqualTo("K2 is gemiddeld 0,25 lager dan in 2011 (95%-interval -0,50 tot 0,00): aantoonbaar verslechterd.");
        assertThat(AdviceView.criterionTrend(finding("K3", 0.001, -0.2, 0.2, "geen aantoonbare verandering"), 2011))
                .isEqualTo("K3 is gemiddeld even hoog als in 2011 (95%-interval -0,20 tot 0,20): geen aantoonbare verandering.");
        assertThat(AdviceView.criterionTrend(finding("K4", null, null, null, null), 2011))
                .isEqualTo("K4 is niet te vergelijken met 2011.");
    }

    private static AdviceDocument.CriterionFinding finding(String code, Double difference, Double low, Double high,
                                                           String reading) {
        return new AdviceDocument.CriterionFinding(code, "naam", 3.0, 0L, null,
                new AdviceDocument.Change(3.0, difference, low, high, reading));
    }

    @Test
    void listsAndDimensionsReadAsDutch() {
        assertThat(AdviceView.and(List.of("K1"))).isEqualTo("K1");
        assertThat(AdviceView.and(List.of("K1", "K2"))).isEqualTo("K1 en K2");
        assertThat(AdviceView.and(List.of("K1", "K2", "K5"))).isEqualTo("K1, K2 en K5");
        assertThat(AdviceView.or(AdviceRules.PROVISIONAL_CRITERIA)).isEqualTo("K1 of K2");
        assertThat(AdviceView.dimension("O")).isEqualTo("O — methodisch-technische opzet");
        assertThat(AdviceView.dimension("U")).isEqualTo("U — uitvoeringskwaliteit");
        assertThat(AdviceView.dimension("B")).isEqualTo("B — beleidsrendement");
    }

    @Test
    void theCommissionIsListedByRoleTheChairFirst() {
        var vars = AdviceView.variables(AdviceTestDocuments.full(false), java.time.OffsetDateTime.now(), AdviceTestDocuments.RULES);
        assertThat((List<?>) vars.get("members")).extracting("name", "role").containsExactly(
                org.assertj.core.groups.Tuple.tuple("prof. dr. A. de Vries", "voorzitter"),
                org.assertj.core.groups.Tuple.tuple("dr. B. Öğüt", "lid"),
                org.assertj.core.groups.Tuple.tuple("dr. C. Ĳzerman", "lid"),
                org.assertj.core.groups.Tuple.tuple("mr. D. Jansen", "secretariaat"));
    }
}
