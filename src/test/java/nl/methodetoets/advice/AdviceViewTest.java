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
}
