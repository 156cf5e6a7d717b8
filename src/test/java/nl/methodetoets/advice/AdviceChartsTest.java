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

    @Test
    void aNegativeAlphaIsABarBelowTheZeroLineAndTheAxisReachesIt() throws Exception {
        Map<String, Double> alphas = new LinkedHashMap<>();
        alphas.put("K1", 0.9);
        alphas.put("K2", -0.2);
        Document svg = parse(AdviceCharts.agreement(List.of("K1", "K2"), alphas, AdviceTestDocuments.RULES,
                AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.forLanguageTag("nl")));
        org.w3c.dom.Element zero = (org.w3c.dom.Element) svg.getElementsByTagName("line").item(0);
        double zeroY = Double.parseDouble(zero.getAttribute("y1"));
        org.w3c.dom.Element positive = (org.w3c.dom.Element) svg.getElementsByTagName("rect").item(0);
        org.w3c.dom.Element negative = (org.w3c.dom.Element) svg.getElementsByTagName("rect").item(1);
        assertThat(Double.parseDouble(positive.getAttribute("y")) + Double.parseDouble(positive.getAttribute("height")))
                .isCloseTo(zeroY, org.assertj.core.data.Offset.offset(0.2));
        assertThat(Double.parseDouble(negative.getAttribute("y"))).isCloseTo(zeroY, org.assertj.core.data.Offset.offset(0.2));
        assertThat(Double.parseDouble(negative.getAttribute("height"))).isGreaterThan(0);
        assertThat(ticks(svg)).containsKeys("-0,25", "0,00", "1,00").doesNotContainKey("-0,50");
        assertThat(ticks(svg).get("-0,25")).isCloseTo(y(svg, -0.25, zeroY, 0.9, positive), org.assertj.core.data.Offset.offset(0.3));
        assertThat(ticks(svg).get("0,50")).isCloseTo(y(svg, 0.5, zeroY, 0.9, positive), org.assertj.core.data.Offset.offset(0.3));
    }

    @Test
    void tickLabelsStandAtTheHeightOfTheirValue() throws Exception {
        Map<String, Long> verdicts = Map.of("1", 0L, "2", 1L, "3", 3L, "4", 2L, "5", 1L);
        Document many = parse(AdviceCharts.verdictDistribution(Map.of("3", 10L), AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.ENGLISH));
        assertThat(ticks(many)).containsOnlyKeys("0", "3", "6", "9", "12");
        Document svg = parse(AdviceCharts.verdictDistribution(verdicts, AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.ENGLISH));
        Map<String, Double> ticks = ticks(svg);
        assertThat(ticks).containsOnlyKeys("0", "1", "2", "3");
        // the bar of 3 studies reaches exactly the tick labelled 3
        org.w3c.dom.Element three = (org.w3c.dom.Element) svg.getElementsByTagName("rect").item(2);
        assertThat(ticks.get("3") - 4).isCloseTo(Double.parseDouble(three.getAttribute("y")), org.assertj.core.data.Offset.offset(0.2));
        Document means = parse(AdviceCharts.criterionMeans(List.of("K1"), Map.of("K1", 3.0), Map.of(),
                AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.ENGLISH));
        assertThat(ticks(means)).containsOnlyKeys("0", "1", "2", "3", "4", "5");
    }

    @Test
    void numbersAreDutchOrEnglishAndThresholdLabelsFitTheChart() throws Exception {
        Map<String, Double> alphas = Map.of("K1", 0.7);
        String dutch = AdviceCharts.agreement(List.of("K1"), alphas, AdviceTestDocuments.RULES,
                AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.forLanguageTag("nl"));
        String english = AdviceCharts.agreement(List.of("K1"), alphas, AdviceTestDocuments.RULES,
                AdviceTestDocuments.DUTCH_TEXTS, java.util.Locale.ENGLISH);
        assertThat(dutch).contains(">0,667<").contains(">0,800<").contains("K1: 0,700").doesNotContain("0.667");
        assertThat(english).contains(">0.667<").contains(">0.800<").contains("K1: 0.700");
        Document svg = parse(dutch);
        org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
            if (text.getTextContent().equals("0,667")) {
                // starts right of the plot, and its five characters (about 7 px each at 12 px) end inside the 560 px view
                double x = Double.parseDouble(text.getAttribute("x"));
                assertThat(text.getAttribute("text-anchor")).isEqualTo("start");
                assertThat(x + 5 * 7.5).isLessThan(560);
            }
        }
    }

    /** Tick label text → the y of its tick mark (labels sit 4 px below the mark's y, anchored at the end). */
    private static Map<String, Double> ticks(Document svg) {
        Map<String, Double> ticks = new LinkedHashMap<>();
        org.w3c.dom.NodeList texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            org.w3c.dom.Element text = (org.w3c.dom.Element) texts.item(i);
            if ("end".equals(text.getAttribute("text-anchor"))) {
                ticks.put(text.getTextContent(), Double.parseDouble(text.getAttribute("y")));
            }
        }
        return ticks;
    }

    /** Where the label of {@code value} must stand, from the zero line and the bar of 0.9 (linear axis). */
    private static double y(Document svg, double value, double zeroY, double barValue, org.w3c.dom.Element bar) {
        double perUnit = Double.parseDouble(bar.getAttribute("height")) / barValue;
        return zeroY - value * perUnit + 4;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
