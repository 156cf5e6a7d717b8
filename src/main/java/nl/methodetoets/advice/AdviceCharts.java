package nl.methodetoets.advice;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * Small, accessible SVG charts of a round (verdict distribution, criterion means this year vs the previous year,
 * agreement per criterion), drawn as plain strings so the UI can inline them without a charting library. Titles
 * and legends come from the message bundles ({@code advice.chart.*}) in the reader's language, numbers in that
 * language's notation (decimal comma in Dutch, point in English; never grouped). Every tick label stands at the
 * height of its value; an axis runs from {@code min(0, lowest value)}, so a negative α draws a bar below zero.
 */
public final class AdviceCharts {
    private static final String BLUE = "#154273";
    private static final String LIGHT = "#8fa8c8";
    private static final String TEXT = "#1a1a1a";
    private static final String RED = "#d52b1e";
    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int BOTTOM = 40;
    private static final int TOP = 24;
    /** Right of the plot: room for the threshold labels of the agreement chart, a little air for the others. */
    private static final int RIGHT_WITH_LABELS = 60;
    private static final int RIGHT = 12;

    private AdviceCharts() {
    }

    /** Bars of the number of studies per verdict 1–5, in the current request's language. */
    public static String verdictDistribution(Map<String, Long> verdicts, MessageSourceAccessor texts) {
        return verdictDistribution(verdicts, texts, LocaleContextHolder.getLocale());
    }

    /** Bars of the number of studies per verdict 1–5; the count axis has whole-number ticks. */
    public static String verdictDistribution(Map<String, Long> verdicts, MessageSourceAccessor texts, Locale locale) {
        long max = Math.max(1, verdicts.values().stream().filter(Objects::nonNull).mapToLong(Long::longValue).max().orElse(1));
        long step = Math.max(1, (max + 3) / 4);
        long top = step * ((max + step - 1) / step);
        List<Double> ticks = new ArrayList<>();
        for (long t = 0; t <= top; t += step) {
            ticks.add((double) t);
        }
        Scale scale = new Scale(0, top, RIGHT);
        StringBuilder svg = open(texts.getMessage("advice.chart.verdicts"));
        axis(svg, scale, ticks, 0, locale);
        double slot = scale.width() / 5.0;
        for (int level = 1; level <= 5; level++) {
            Long count = verdicts.get(String.valueOf(level));
            long n = count == null ? 0 : count;
            double x = LEFT + (level - 1) * slot + slot * 0.2;
            bar(svg, scale, x, slot * 0.6, (double) n, BLUE, level + ": " + n);
            text(svg, x + slot * 0.3, scale.y(n) - 4, String.valueOf(n), "middle");
            text(svg, x + slot * 0.3, HEIGHT - BOTTOM + 16, String.valueOf(level), "middle");
        }
        return close(svg);
    }

    /** Grouped bars of the mean independent score per criterion, in the current request's language. */
    public static String criterionMeans(List<String> codes, Map<String, Double> now, Map<String, Double> before,
                                        MessageSourceAccessor texts) {
        return criterionMeans(codes, now, before, texts, LocaleContextHolder.getLocale());
    }

    /** Grouped bars of the mean independent score per criterion, this year beside the previous year (0–5). */
    public static String criterionMeans(List<String> codes, Map<String, Double> now, Map<String, Double> before,
                                        MessageSourceAccessor texts, Locale locale) {
        String thisYear = texts.getMessage("advice.chart.thisYear");
        String previousYear = texts.getMessage("advice.chart.previousYear");
        Scale scale = new Scale(0, 5, RIGHT);
        StringBuilder svg = open(texts.getMessage("advice.chart.means"));
        axis(svg, scale, List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), 0, locale);
        double slot = scale.width() / Math.max(1, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double x = LEFT + i * slot + slot * 0.15;
            Double previous = before.get(code);
            Double current = now.get(code);
            bar(svg, scale, x, slot * 0.33, previous, LIGHT, code + " " + previousYear + ": " + number(previous, 2, locale));
            bar(svg, scale, x + slot * 0.35, slot * 0.33, current, BLUE, code + " " + thisYear + ": " + number(current, 2, locale));
            text(svg, x + slot * 0.35, HEIGHT - BOTTOM + 16, code, "middle");
        }
        legend(svg, new String[] {thisYear, previousYear}, new String[] {BLUE, LIGHT});
        return close(svg);
    }

    /** Ordinal Krippendorff's alpha per criterion, in the current request's language. */
    public static String agreement(List<String> codes, Map<String, Double> alphaOrdinal, AdviceRules rules,
                                   MessageSourceAccessor texts) {
        return agreement(codes, alphaOrdinal, rules, texts, LocaleContextHolder.getLocale());
    }

    /**
     * Ordinal Krippendorff's alpha per criterion with the commission's two thresholds (labelled right of the plot);
     * undefined alphas are left out, a negative alpha is a bar below the zero line.
     */
    public static String agreement(List<String> codes, Map<String, Double> alphaOrdinal, AdviceRules rules,
                                   MessageSourceAccessor texts, Locale locale) {
        double lowest = alphaOrdinal.values().stream().filter(Objects::nonNull).mapToDouble(Double::doubleValue)
                .min().orElse(0);
        double min = Math.min(0, Math.floor(Math.max(lowest, -1) * 4) / 4);
        Scale scale = new Scale(min, 1, RIGHT_WITH_LABELS);
        List<Double> ticks = new ArrayList<>();
        for (int quarter = (int) Math.round(min * 4); quarter <= 4; quarter++) {
            ticks.add(quarter / 4.0);
        }
        StringBuilder svg = open(texts.getMessage("advice.chart.agreement"));
        axis(svg, scale, ticks, 2, locale);
        double slot = scale.width() / Math.max(1, codes.size());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double x = LEFT + i * slot + slot * 0.2;
            Double alpha = alphaOrdinal.get(code);
            bar(svg, scale, x, slot * 0.6, alpha == null ? null : Math.max(min, alpha), BLUE,
                    code + ": " + number(alpha, 3, locale));
            text(svg, x + slot * 0.3, HEIGHT - BOTTOM + 16, code, "middle");
        }
        // drawn last, so the bars never hide them; labels in the right margin, never cut off by the frame
        for (double threshold : new double[] {rules.provisionalAlphaThreshold(), rules.reliableAlphaThreshold()}) {
            double y = scale.y(threshold);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>",
                    LEFT, y, scale.right(), y, RED));
            text(svg, scale.right() + 4, y + 4, number(threshold, 3, locale), "start");
        }
        return close(svg);
    }

    /** A number the reader's way: decimal comma in Dutch, point in English, no grouping; "—" when undefined. */
    static String number(Double value, int decimals, Locale locale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale));
        format.setGroupingUsed(false);
        String formatted = format.format(value);
        return formatted.matches("-0([.,]0*)?") ? formatted.substring(1) : formatted;
    }

    /** The plot's value range mapped onto its pixels. */
    private record Scale(double min, double max, int rightMargin) {
        double y(double value) {
            return HEIGHT - BOTTOM - plotHeight() * (value - min) / (max - min);
        }

        int right() {
            return WIDTH - rightMargin;
        }

        double width() {
            return right() - LEFT;
        }
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

    /** The zero line, and a tick mark with its label at the height of each tick value. */
    private static void axis(StringBuilder svg, Scale scale, List<Double> ticks, int decimals, Locale locale) {
        double zero = scale.y(0);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#767676\"/>",
                LEFT, zero, scale.right(), zero));
        StringBuilder marks = new StringBuilder();
        for (double tick : ticks) {
            double y = scale.y(tick);
            marks.append(String.format(Locale.ROOT, "M%d %.1fH%d", LEFT - 4, y, LEFT));
            text(svg, LEFT - 7, y + 4, number(tick, decimals, locale), "end");
        }
        svg.append("<path d=\"").append(marks).append("\" stroke=\"#767676\" fill=\"none\"/>");
    }

    /** A bar from the zero line up to {@code value} (down, for a negative value); nothing when undefined. */
    private static void bar(StringBuilder svg, Scale scale, double x, double width, Double value, String colour, String label) {
        if (value == null || value.isNaN()) {
            return;
        }
        double clipped = Math.max(scale.min(), Math.min(value, scale.max()));
        double top = Math.min(scale.y(clipped), scale.y(0));
        double h = Math.abs(scale.y(clipped) - scale.y(0));
        rect(svg, x, top, width, h, colour, label);
    }

    private static void rect(StringBuilder svg, double x, double y, double w, double h, String colour, String title) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>",
                x, y, w, h, colour, escape(title)));
    }

    private static void legend(StringBuilder svg, String[] labels, String[] colours) {
        int x = LEFT + 10;
        for (int i = 0; i < labels.length; i++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"/>", x, colours[i]));
            text(svg, x + 16, 14, labels[i], "start");
            x += 16 + 8 * labels[i].length() + 20;
        }
    }

    private static void text(StringBuilder svg, double x, double y, String text, String anchor) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, escape(text)));
    }

    private static double plotHeight() {
        return HEIGHT - BOTTOM - TOP;
    }

    private static String escape(String s) {
        return XmlText.clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
