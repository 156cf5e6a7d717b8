package nl.methodetoets.advice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Small, accessible SVG charts of a round (verdict distribution, criterion means this year vs the previous year,
 * agreement per criterion), drawn as plain strings so the UI can inline them without a charting library. Titles
 * and legends come from the message bundles ({@code advice.chart.*}) in the reader's language.
 */
public final class AdviceCharts {
    private static final String BLUE = "#154273";
    private static final String LIGHT = "#8fa8c8";
    private static final String TEXT = "#1a1a1a";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 44;
    private static final int BOTTOM = 40;
    private static final int TOP = 20;

    private AdviceCharts() {
    }

    /** Bars of the number of studies per verdict 1–5. */
    public static String verdictDistribution(Map<String, Long> verdicts, MessageSourceAccessor texts) {
        long max = Math.max(1, verdicts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = open(texts.getMessage("advice.chart.verdicts"));
        axis(svg, max, 0);
        double slot = (WIDTH - LEFT - 10) / 5.0;
        for (int level = 1; level <= 5; level++) {
            long n = verdicts.getOrDefault(String.valueOf(level), 0L);
            double h = plotHeight() * n / max;
            double x = LEFT + (level - 1) * slot + slot * 0.2;
            rect(svg, x, HEIGHT - BOTTOM - h, slot * 0.6, h, BLUE, level + ": " + n);
            text(svg, x + slot * 0.3, HEIGHT - BOTTOM - h - 4, String.valueOf(n), "middle");
            text(svg, x + slot * 0.3, HEIGHT - BOTTOM + 16, String.valueOf(level), "middle");
        }
        return close(svg);
    }

    /** Grouped bars of the mean independent score per criterion, this year beside the previous year (0–5). */
    public static String criterionMeans(List<String> codes, Map<String, Double> now, Map<String, Double> before,
                                        MessageSourceAccessor texts) {
        String thisYear = texts.getMessage("advice.chart.thisYear");
        String previousYear = texts.getMessage("advice.chart.previousYear");
        StringBuilder svg = open(texts.getMessage("advice.chart.means"));
        axis(svg, 5, 0);
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            bar(svg, x, slot * 0.33, before.get(code), 5, LIGHT, code + " " + previousYear);
            bar(svg, x + slot * 0.35, slot * 0.33, now.get(code), 5, BLUE, code + " " + thisYear);
            text(svg, x + slot * 0.35, HEIGHT - BOTTOM + 16, code, "middle");
        }
        legend(svg, new String[] {thisYear, previousYear}, new String[] {BLUE, LIGHT});
        return close(svg);
    }

    /** Ordinal Krippendorff's alpha per criterion with the commission's two thresholds; undefined alphas are left out. */
    public static String agreement(List<String> codes, Map<String, Double> alphaOrdinal, AdviceRules rules,
                                   MessageSourceAccessor texts) {
        StringBuilder svg = open(texts.getMessage("advice.chart.agreement"));
        axis(svg, 1, 1);
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, codes.size());
        for (double threshold : new double[] {rules.provisionalAlphaThreshold(), rules.reliableAlphaThreshold()}) {
            double y = HEIGHT - BOTTOM - plotHeight() * threshold;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d52b1e\" stroke-dasharray=\"4 3\"/>",
                    LEFT, y, WIDTH - 10, y));
            text(svg, WIDTH - 12, y - 3, String.format(Locale.ROOT, "%.3f", threshold), "end");
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double x = LEFT + i * slot + slot * 0.2;
            Double alpha = alphaOrdinal.get(code);
            bar(svg, x, slot * 0.6, alpha == null ? null : Math.max(0, alpha), 1, BLUE, code);
            text(svg, x + slot * 0.3, HEIGHT - BOTTOM + 16, code, "middle");
        }
        return close(svg);
    }

    /** {@code alt} is for the PDF: openhtmltopdf tags the chart as a Figure and PDF/UA needs its replacement text. */
    private static StringBuilder open(String title) {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"%s\" alt=\"%s\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title), escape(title)));
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<g font-family=\"Verdana, 'DejaVu Sans', sans-serif\" font-size=\"12\" fill=\"").append(TEXT).append("\">");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</g></svg>").toString();
    }

    private static void axis(StringBuilder svg, double max, int decimals) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#767676\"/>",
                LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
        for (int step = 0; step <= 4; step++) {
            double value = max * step / 4.0;
            double y = HEIGHT - BOTTOM - plotHeight() * step / 4.0;
            text(svg, LEFT - 6, y + 4, decimals == 0 ? String.format(Locale.ROOT, "%.0f", value)
                    : String.format(Locale.ROOT, "%.2f", value), "end");
        }
    }

    private static void bar(StringBuilder svg, double x, double width, Double value, double max, String colour, String label) {
        if (value == null) {
            return;
        }
        double h = plotHeight() * Math.min(value, max) / max;
        rect(svg, x, HEIGHT - BOTTOM - h, width, h, colour, label + String.format(Locale.ROOT, ": %.2f", value));
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, String colour, String title) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                x, y, w, h, colour, escape(title)));
    }

    private static void legend(StringBuilder svg, String[] labels, String[] colours) {
        for (int i = 0; i < labels.length; i++) {
            int x = LEFT + 10 + i * 110;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, colours[i]));
            text(svg, x + 16, 14, labels[i], "start");
        }
    }

    private static void text(StringBuilder svg, double x, double y, String text, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(text)));
    }

    private static double plotHeight() {
        return HEIGHT - BOTTOM - TOP;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
