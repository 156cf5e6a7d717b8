package nl.methodetoets.advice;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.methodetoets.common.DocumentTemplates;
import org.springframework.context.support.MessageSourceAccessor;

import nl.methodetoets.advice.AdviceDocument.AdviceStudy;
import nl.methodetoets.advice.AdviceDocument.CriterionFinding;
import nl.methodetoets.advice.AdviceDocument.Trend;

/**
 * Turns an {@link AdviceDocument} into the template's variables: every number already formatted the Dutch
 * way, so the template only places text. Formatting lives here, not in the template, because standalone
 * Thymeleaf has no number or date helpers that know Dutch. Words (verdict labels, study types, titles) come from
 * the message bundles in Dutch, the document's language.
 */
final class AdviceView {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final String MISSING = "—";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final MessageSourceAccessor TEXTS = DocumentTemplates.dutch();

    record Paragraph(List<String> lines) { }
    record Exemplary(String title, String authors, String organisation, String verdict, boolean provisional,
                     String reason) { }
    record Finding(String code, String name, String mean, String belowThree, String alpha) { }
    record DistributionRow(int verdict, String label, long count, String share, int barPercent) { }
    record StudyRow(String title, String organisation, String type, String verdict, boolean exemplary,
                    boolean provisional, boolean underObjection) { }
    record TrendView(int previousYear, String difference, String interval, List<Paragraph> reading) { }

    private AdviceView() {
    }

    static Map<String, Object> variables(AdviceDocument doc, OffsetDateTime now, AdviceRules rules) {
        OffsetDateTime generated = doc.generatedAt() != null ? doc.generatedAt() : now;
        Map<String, Object> vars = new HashMap<>();
        vars.put("year", doc.year());
        vars.put("draft", doc.draft());
        String draftLabel = TEXTS.getMessage("advice.doc.draft", new Object[] {String.valueOf(doc.draftNumber())});
        vars.put("draftLabel", doc.draft() ? draftLabel : "");
        vars.put("title", title(doc.year()));
        vars.put("documentTitle", doc.draft()
                ? TEXTS.getMessage("advice.doc.titleWithDraft", new Object[] {title(doc.year()), draftLabel}) : title(doc.year()));
        vars.put("subject", TEXTS.getMessage("advice.doc.subject", new Object[] {String.valueOf(doc.year())}));
        vars.put("provisionalThreshold", decimal(rules.provisionalAlphaThreshold(), "0.000"));
        vars.put("reliableThreshold", decimal(rules.reliableAlphaThreshold(), "0.000"));
        vars.put("date", DATE.format(generated.atZoneSameInstant(AMSTERDAM)));
        vars.put("conclusions", paragraphs(doc.conclusions()));
        vars.put("recommendations", paragraphs(doc.recommendations()));
        vars.put("exemplary", exemplary(doc.studies()));
        vars.put("anyProvisional", doc.studies().stream().anyMatch(s -> s.exemplary() && s.provisional()));
        vars.put("findings", doc.criterionFindings().stream().map(AdviceView::finding).toList());
        vars.put("agreementChart", agreementChart(doc.criterionFindings(), rules));
        vars.put("meansChart", meansChart(doc.criterionFindings()));
        List<DistributionRow> distribution = distribution(doc.verdictDistribution());
        vars.put("distribution", distribution);
        vars.put("distributionTotal", distribution.stream().mapToLong(DistributionRow::count).sum());
        vars.put("trend", trend(doc.trend()));
        vars.put("studies", doc.studies().stream().map(AdviceView::studyRow).toList());
        vars.put("members", doc.members());
        return vars;
    }

    static String title(int year) {
        return TEXTS.getMessage("advice.doc.title", new Object[] {String.valueOf(year)});
    }

    /** Paragraphs are separated by blank lines; single line breaks inside a paragraph are kept. */
    static List<Paragraph> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Paragraph> result = new ArrayList<>();
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String block : normalised.split("\n[ \t]*\n\\s*")) {
            List<String> lines = Arrays.stream(block.split("\n")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                result.add(new Paragraph(lines));
            }
        }
        return result;
    }

    private static List<Exemplary> exemplary(List<AdviceStudy> studies) {
        return studies.stream().filter(AdviceStudy::exemplary)
                .map(s -> new Exemplary(text(s.title()), text(String.join(", ", s.authors())), text(s.organisation()),
                        verdict(s.verdict()), s.provisional(), s.exemplaryReason() == null ? "" : s.exemplaryReason()))
                .toList();
    }

    private static Finding finding(CriterionFinding f) {
        return new Finding(text(f.code()), text(f.name()), decimal(f.mean(), "0.00"),
                f.belowThree() == null ? MISSING : f.belowThree().toString(), decimal(f.alphaOrdinal(), "0.000"));
    }

    private static List<DistributionRow> distribution(Map<Integer, Long> counts) {
        long total = 0;
        long max = 0;
        for (int v = 1; v <= 5; v++) {
            long c = count(counts, v);
            total += c;
            max = Math.max(max, c);
        }
        List<DistributionRow> rows = new ArrayList<>();
        for (int v = 1; v <= 5; v++) {
            long c = count(counts, v);
            String share = total == 0 ? MISSING : decimal(100.0 * c / total, "0") + "%";
            int bar = max == 0 ? 0 : (int) Math.round(100.0 * c / max);
            rows.add(new DistributionRow(v, TEXTS.getMessage("verdict.label." + v), c, share, bar));
        }
        return rows;
    }

    private static long count(Map<Integer, Long> counts, int verdict) {
        Long c = counts.get(verdict);
        return c == null ? 0 : c;
    }

    private static TrendView trend(Trend t) {
        if (t == null || t.previousYear() == null) {
            return null;
        }
        String difference = t.meanVerdictDifference() == null ? MISSING : signed(t.meanVerdictDifference());
        String interval = t.ciLow() == null || t.ciHigh() == null ? MISSING
                : TEXTS.getMessage("advice.doc.interval", new Object[] {signed(t.ciLow()), signed(t.ciHigh())});
        return new TrendView(t.previousYear(), difference, interval, paragraphs(t.reading()));
    }

    private static StudyRow studyRow(AdviceStudy s) {
        return new StudyRow(text(s.title()), text(s.organisation()), studyType(s.studyType()), verdict(s.verdict()),
                s.exemplary(), s.exemplary() && s.provisional(), s.underObjection());
    }

    static String verdict(Integer verdict) {
        if (verdict == null) {
            return MISSING;
        }
        if (verdict >= 1 && verdict <= 5) {
            return TEXTS.getMessage("advice.doc.verdict", new Object[] {String.valueOf(verdict), TEXTS.getMessage("verdict.label." + verdict)});
        }
        return verdict.toString();
    }

    static String studyType(String type) {
        if (type == null || type.isBlank()) {
            return MISSING;
        }
        // the UI's study type names, lower case as they read inside a sentence or a table cell
        return TEXTS.getMessage("studyType." + type, type).toLowerCase(DUTCH);
    }

    static String decimal(Double value, String pattern) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return MISSING;
        }
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DUTCH)).format(value);
    }

    private static String signed(double value) {
        String formatted = decimal(value, "0.00");
        if (formatted.equals("-0,00") || formatted.equals("0,00")) {
            return "0,00";
        }
        return value > 0 ? "+" + formatted : formatted;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? MISSING : value;
    }

    /** The same SVG chart as on the statistics page; null when no criterion has a defined alpha. */
    private static String agreementChart(java.util.List<AdviceDocument.CriterionFinding> findings, AdviceRules rules) {
        java.util.Map<String, Double> alphas = new java.util.LinkedHashMap<>();
        findings.forEach(f -> alphas.put(f.code(), f.alphaOrdinal()));
        if (alphas.values().stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        return AdviceCharts.agreement(java.util.List.copyOf(alphas.keySet()), alphas, rules, TEXTS, DUTCH);
    }

    /** This year's mean per criterion beside the previous year's; null when there is no previous year. */
    private static String meansChart(java.util.List<AdviceDocument.CriterionFinding> findings) {
        java.util.Map<String, Double> now = new java.util.LinkedHashMap<>();
        java.util.Map<String, Double> before = new java.util.LinkedHashMap<>();
        findings.forEach(f -> {
            now.put(f.code(), f.mean());
            before.put(f.code(), f.previousMean());
        });
        if (before.values().stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        return AdviceCharts.criterionMeans(java.util.List.copyOf(now.keySet()), now, before, TEXTS, DUTCH);
    }
}
