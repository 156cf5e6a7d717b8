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
    static final String NOT_APPLICABLE = "n.v.t.";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final MessageSourceAccessor TEXTS = DocumentTemplates.dutch();

    record Paragraph(List<String> lines) { }
    record Exemplary(String title, String authors, String organisation, String commissionedBy, String type,
                     String verdict, boolean provisional, String reason, List<ScoreCell> scores) { }
    /** A consolidated score in an exemplary study's row of scores: the level, "n.v.t." or "—" (not scored). */
    record ScoreCell(String code, String value) { }
    /** A criterion on which studies fall short, with how many of the round's studies score below voldoende there. */
    record Shortfall(String code, String name, long count, String share) { }
    record MemberView(String name, String role, String organisation) { }
    record AppendixCriterion(String code, String name, String dimension, String notApplicable, List<Anchor> levels) { }
    record Anchor(int level, String label, String text) { }
    record Appendix(String version, List<AppendixCriterion> criteria, String notApplicable) { }
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
        List<String> codes = doc.instrument() != null ? doc.instrument().codes()
                : doc.criterionFindings().stream().map(CriterionFinding::code).toList();
        vars.put("exemplary", exemplary(doc.studies(), codes));
        vars.put("scoreCodes", codes);
        vars.put("anyProvisional", doc.studies().stream().anyMatch(s -> s.exemplary() && s.provisional()));
        vars.put("findings", doc.criterionFindings().stream().map(AdviceView::finding).toList());
        vars.put("shortfalls", shortfalls(doc));
        vars.put("studyCount", doc.studies().size());
        vars.put("agreementChart", agreementChart(doc.criterionFindings(), rules));
        vars.put("meansChart", meansChart(doc.criterionFindings()));
        List<DistributionRow> distribution = distribution(doc.verdictDistribution());
        vars.put("distribution", distribution);
        vars.put("distributionTotal", distribution.stream().mapToLong(DistributionRow::count).sum());
        vars.put("trend", trend(doc.trend()));
        vars.put("criterionTrends", doc.trend() == null || doc.trend().previousYear() == null ? List.of()
                : doc.criterionFindings().stream().filter(f -> f.change() != null)
                        .map(f -> criterionTrend(f, doc.trend().previousYear())).toList());
        vars.put("studies", doc.studies().stream().map(AdviceView::studyRow).toList());
        vars.put("members", members(doc.members()));
        vars.put("appendix", appendix(doc.instrument()));
        vars.put("provisionalCriteria", or(AdviceRules.PROVISIONAL_CRITERIA));
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

    private static List<Exemplary> exemplary(List<AdviceStudy> studies, List<String> codes) {
        return studies.stream().filter(AdviceStudy::exemplary)
                .map(s -> new Exemplary(text(s.title()), text(String.join(", ", s.authors())), text(s.organisation()),
                        text(s.commissionedBy()), studyType(s.studyType()), verdict(s.verdict()), s.provisional(),
                        text(s.exemplaryReason()), scores(s.scores(), codes)))
                .toList();
    }

    private static List<ScoreCell> scores(Map<String, Integer> scores, List<String> codes) {
        return codes.stream().map(code -> new ScoreCell(code, !scores.containsKey(code) ? MISSING
                : scores.get(code) == null ? NOT_APPLICABLE : scores.get(code).toString())).toList();
    }

    /** The criteria of {@link AdviceDocument#fallsShort()} in its order, with their counts. */
    private static List<Shortfall> shortfalls(AdviceDocument doc) {
        Map<String, CriterionFinding> byCode = new HashMap<>();
        doc.criterionFindings().forEach(f -> byCode.put(f.code(), f));
        int studies = doc.studies().size();
        List<Shortfall> result = new ArrayList<>();
        for (String code : doc.fallsShort()) {
            CriterionFinding f = byCode.get(code);
            long count = f == null || f.belowThree() == null ? 0 : f.belowThree();
            result.add(new Shortfall(code, f == null ? "" : text(f.name()), count,
                    studies == 0 ? MISSING : decimal(100.0 * count / studies, "0") + "%"));
        }
        return result;
    }

    /**
     * "K1 is gemiddeld 0,40 hoger dan in 2011 (95%-interval 0,10 tot 0,70): aantoonbaar verbeterd." The means are
     * over the reviewers' independent scores, as the statistics compute them.
     */
    static String criterionTrend(CriterionFinding f, int previousYear) {
        AdviceDocument.Change c = f.change();
        String year = String.valueOf(previousYear);
        String sentence;
        if (c.difference() == null) {
            sentence = TEXTS.getMessage("advice.doc.criterionTrend.unknown", new Object[] {f.code(), year});
        } else {
            String amount = decimal(Math.abs(c.difference()), "0.00");
            String key = amount.equals("0,00") ? "advice.doc.criterionTrend.same"
                    : c.difference() > 0 ? "advice.doc.criterionTrend.higher" : "advice.doc.criterionTrend.lower";
            sentence = TEXTS.getMessage(key, new Object[] {f.code(), amount, year});
        }
        if (c.ciLow() != null && c.ciHigh() != null) {
            sentence += " " + TEXTS.getMessage("advice.doc.criterionTrend.interval",
                    new Object[] {bound(c.ciLow()), bound(c.ciHigh())});
        }
        return c.reading() == null || c.reading().isBlank() ? sentence + "." : sentence + ": " + c.reading() + ".";
    }

    /** An interval bound: two decimals, a minus sign only when negative (never "-0,00"). */
    private static String bound(double value) {
        String formatted = decimal(value, "0.00");
        return formatted.equals("-0,00") ? "0,00" : formatted;
    }

    private static List<MemberView> members(List<AdviceDocument.Member> members) {
        // a stable sort: the chair first, then the members, then the secretariat, each in the order given
        return members.stream().sorted(java.util.Comparator.comparing(AdviceDocument.Member::role))
                .map(m -> new MemberView(text(m.name()), TEXTS.getMessage("advice.doc.role." + m.role().name()),
                        text(m.organisation())))
                .toList();
    }

    private static Appendix appendix(AdviceDocument.Instrument instrument) {
        if (instrument == null) {
            return null;
        }
        List<AppendixCriterion> criteria = new ArrayList<>();
        for (AdviceDocument.InstrumentCriterion c : instrument.criteria()) {
            List<Anchor> levels = new ArrayList<>();
            for (int i = 0; i < c.anchors().size(); i++) {
                int level = i + 1;
                levels.add(new Anchor(level, TEXTS.getMessage("verdict.label." + level, ""), text(c.anchors().get(i))));
            }
            criteria.add(new AppendixCriterion(text(c.code()), text(c.name()), dimension(c.dimension()),
                    c.notApplicableFor().isEmpty() ? "" : and(c.notApplicableFor().stream().map(AdviceView::studyTypePlural).toList()),
                    levels));
        }
        return new Appendix(text(instrument.version()), criteria, notApplicableSummary(instrument));
    }

    /** "K1 en K2 bij monitors en procesevaluaties", grouping criteria with the same study types; "" when none. */
    private static String notApplicableSummary(AdviceDocument.Instrument instrument) {
        Map<List<String>, List<String>> byTypes = new java.util.LinkedHashMap<>();
        instrument.criteria().stream().filter(c -> !c.notApplicableFor().isEmpty())
                .forEach(c -> byTypes.computeIfAbsent(c.notApplicableFor(), k -> new ArrayList<>()).add(c.code()));
        List<String> parts = new ArrayList<>();
        byTypes.forEach((types, codes) -> parts.add(TEXTS.getMessage("advice.doc.notApplicableFor",
                new Object[] {and(codes), and(types.stream().map(AdviceView::studyTypePlural).toList())})));
        return String.join("; ", parts);
    }

    static String dimension(String code) {
        return code == null || code.isBlank() ? MISSING
                : code + " — " + TEXTS.getMessage("advice.doc.dimension." + code, code);
    }

    private static String studyTypePlural(String type) {
        return TEXTS.getMessage("advice.doc.studyTypes." + type, type);
    }

    /** "a", "a en b", "a, b en c". */
    static String and(List<String> items) {
        return join(items, " en ");
    }

    /** "a", "a of b", "a, b of c". */
    static String or(List<String> items) {
        return join(items, " of ");
    }

    private static String join(List<String> items, String last) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
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
