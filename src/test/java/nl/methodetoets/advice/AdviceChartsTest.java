package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The SVG charts are well-formed, accessible, and draw one bar per value (none for undefined values). */
class AdviceChartsTest {

    @Test
    void verdictDistributionDrawsFiveBarsScaledToTheLargestCount() throws Exception {
        Map<String, Long> verdicts = new LinkedHashMap<>();
        verdicts.put("1", 0L);
        verdicts.put("2", 1L);
        verdicts.put("3", 4L);
        verdicts.put("4", 2L);
        verdicts.put("5", 1L);
        Document svg = parse(AdviceCharts.verdictDistribution(verdicts, AdviceTestDocuments.DUTCH_TEXTS));
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).contains("eindoordelen");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(5);
        double tallest = Double.parseDouble(((org.w3c.dom.Element) svg.getElementsByTagName("rect").item(2)).getAttribute("height"));
        double half = Double.parseDouble(((org.w3c.dom.Element) svg.getElementsByTagName("rect").item(3)).getAttribute("height"));
        assertThat(half).isCloseTo(tallest / 2, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void agreementLeavesUndefinedAlphasOutAndDrawsTheThresholds() throws Exception {
        Map<String, Double> alphas = new HashMap<>();
        alphas.put("K1", 0.9);
        alphas.put("K2", null);
        alphas.put("K3", -0.2);
        Document svg = parse(AdviceCharts.agreement(List.of("K1", "K2", "K3"), alphas,
                AdviceTestDocuments.RULES, AdviceTestDocuments.DUTCH_TEXTS));
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(svg.getElementsByTagName("line").getLength()).isEqualTo(3); // axis + two thresholds
    }

    @Test
    void criterionMeansShowsBothYearsWithALegend() throws Exception {
        Document svg = parse(AdviceCharts.criterionMeans(List.of("K1", "K2"), Map.of("K1", 3.5, "K2", 4.0), Map.of("K1", 3.0),
                AdviceTestDocuments.DUTCH_TEXTS));
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(3 + 2); // bars + legend swatches
        assertThat(svg.getDocumentElement().getTextContent()).contains("vorig jaar").contains("dit jaar");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
