package nl.methodetoets.advice;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.methodetoets.review.Rubric;

/**
 * Everything the annual advice (jaaradvies) of one year shows, ready to be rendered by
 * {@link AdvicePdfRenderer}. Statistics are computed elsewhere; this is only their outcome.
 *
 * @param year                the assessment year the advice is about
 * @param draft               {@code true} for a concept the chair still has to approve
 * @param draftNumber         the concept's sequence number (shown as "CONCEPT n"; ignored for the final)
 * @param conclusions         the secretariat's conclusions; paragraphs separated by a blank line
 * @param recommendations     the secretariat's recommendations; paragraphs separated by a blank line
 * @param studies             all assessed studies of the year, in the order they are listed
 * @param members             the commission: chair, members and secretariat (listed in that order of role)
 * @param verdictDistribution number of studies per verdict 1–5 (missing keys count as 0)
 * @param criterionFindings   findings per criterion K1..K8
 * @param fallsShort          criterion codes with studies below voldoende, most such studies first
 *                            ({@link RoundStatistics#fallsShort()})
 * @param trend               comparison with the previous year, or {@code null} when there is none
 * @param instrument          the rubric version the round's studies were scored with (the appendix), or {@code null}
 * @param generatedAt         when the document was generated; {@code null} means "now"
 */
public record AdviceDocument(
        int year,
        boolean draft,
        int draftNumber,
        String conclusions,
        String recommendations,
        List<AdviceStudy> studies,
        List<Member> members,
        Map<Integer, Long> verdictDistribution,
        List<CriterionFinding> criterionFindings,
        List<String> fallsShort,
        Trend trend,
        Instrument instrument,
        OffsetDateTime generatedAt) {

    /** Every text is cleaned of what XML cannot hold ({@link XmlText}): a stray control character never stops the advice. */
    public AdviceDocument {
        conclusions = XmlText.clean(conclusions);
        recommendations = XmlText.clean(recommendations);
        studies = copy(studies);
        members = copy(members);
        criterionFindings = copy(criterionFindings);
        fallsShort = copy(fallsShort).stream().map(XmlText::clean).toList();
        verdictDistribution = verdictDistribution == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(verdictDistribution));
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /**
     * One assessed study.
     *
     * @param commissionedBy  the commissioning organisation's name (opdrachtgever), or {@code null} when there is none
     * @param studyType       EFFECT, MONITOR or PROCESS (other values are shown as given)
     * @param verdict         eindoordeel 1–5, or {@code null} when not (yet) fixed
     * @param provisional     the exemplary designation is provisional (low reviewer agreement on K1/K2)
     * @param exemplaryReason the chair's motivation; shown only for exemplary studies
     * @param scores          the consolidated score per criterion code, {@code null} for n.v.t.; shown only for
     *                        exemplary studies
     * @param underObjection  an objection against the verdict is open (a draft may show such a study; the approved
     *                        advice never does)
     */
    public record AdviceStudy(
            String id,
            String title,
            List<String> authors,
            String organisation,
            String commissionedBy,
            String studyType,
            Integer verdict,
            boolean exemplary,
            boolean provisional,
            String exemplaryReason,
            Map<String, Integer> scores,
            boolean underObjection) {

        public AdviceStudy {
            id = XmlText.clean(id);
            title = XmlText.clean(title);
            authors = copy(authors).stream().map(XmlText::clean).toList();
            organisation = XmlText.clean(organisation);
            commissionedBy = XmlText.clean(commissionedBy);
            studyType = XmlText.clean(studyType);
            exemplaryReason = XmlText.clean(exemplaryReason);
            // n.v.t. is a null value, which Map.copyOf refuses
            scores = scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        /** A study that is not under objection. */
        public AdviceStudy(String id, String title, List<String> authors, String organisation, String commissionedBy,
                           String studyType, Integer verdict, boolean exemplary, boolean provisional,
                           String exemplaryReason, Map<String, Integer> scores) {
            this(id, title, authors, organisation, commissionedBy, studyType, verdict, exemplary, provisional,
                    exemplaryReason, scores, false);
        }

        /** A study without a commissioning organisation and without scores (enough for the list of all studies). */
        public AdviceStudy(String id, String title, List<String> authors, String organisation, String studyType,
                           Integer verdict, boolean exemplary, boolean provisional, String exemplaryReason) {
            this(id, title, authors, organisation, null, studyType, verdict, exemplary, provisional, exemplaryReason, null, false);
        }
    }

    /** A person of the commission with the role they are listed under and the name of their organisation. */
    public record Member(String name, MemberRole role, String organisation) {
        public Member {
            name = XmlText.clean(name);
            organisation = XmlText.clean(organisation);
            java.util.Objects.requireNonNull(role, "role");
        }
    }

    /** The roles the advice lists, in the order it lists them; a person with several appears under the first. */
    public enum MemberRole { CHAIR, MEMBER, SECRETARIAT }

    /**
     * Findings on one criterion over the round; any number may be {@code null} (shown as "—").
     *
     * @param mean         mean independent score (n.v.t. left out)
     * @param belowThree   number of studies whose consolidated score is below 3 (voldoende)
     * @param alphaOrdinal ordinal Krippendorff's α over the reviewers' independent scores
     * @param change       the comparison with the previous year, or {@code null} when there is none
     */
    public record CriterionFinding(String code, String name, Double mean, Long belowThree, Double alphaOrdinal,
                                   Change change) {
        public CriterionFinding {
            code = XmlText.clean(code);
            name = XmlText.clean(name);
        }

        /** A finding without a previous year to compare with. */
        public CriterionFinding(String code, String name, Double mean, Long belowThree, Double alphaOrdinal) {
            this(code, name, mean, belowThree, alphaOrdinal, null);
        }

        /** The previous year's mean, or {@code null}. */
        public Double previousMean() {
            return change == null ? null : change.previousMean();
        }
    }

    /**
     * A criterion's mean this year against the previous year ({@link RoundStatistics.CriterionTrend}).
     *
     * @param difference this year's mean minus the previous year's
     * @param ciLow      lower bound of the 95% interval of the difference
     * @param ciHigh     upper bound of the 95% interval of the difference
     * @param reading    aantoonbaar verbeterd / geen aantoonbare verandering / aantoonbaar verslechterd
     */
    public record Change(Double previousMean, Double difference, Double ciLow, Double ciHigh, String reading) {
        public Change {
            reading = XmlText.clean(reading);
        }
    }

    /**
     * Comparison with the most recent earlier year with assessed studies.
     *
     * @param previousYear          that year, or {@code null} when there is none
     * @param meanVerdictDifference mean verdict of this year minus that of the previous year
     * @param ciLow                 lower bound of the 95% confidence interval of the difference
     * @param ciHigh                upper bound of the 95% confidence interval of the difference
     * @param reading               the commission's reading of the difference, in Dutch
     */
    public record Trend(Integer previousYear, Double meanVerdictDifference, Double ciLow, Double ciHigh,
                        String reading) {
        public Trend {
            reading = XmlText.clean(reading);
        }
    }

    /** The instrument (beoordelingskader) of one version, as the appendix prints it. */
    public record Instrument(String version, List<InstrumentCriterion> criteria) {
        public Instrument {
            version = XmlText.clean(version);
            criteria = copy(criteria);
        }

        /** The rubric as the review module keeps it. */
        public static Instrument of(Rubric rubric) {
            return new Instrument(rubric.version(), rubric.criteria().stream()
                    .map(c -> new InstrumentCriterion(c.code(), c.name(), c.dimension(), c.notApplicableFor(),
                            c.levels().stream().sorted(java.util.Comparator.comparingInt(Rubric.Level::level))
                                    .map(Rubric.Level::anchor).toList()))
                    .toList());
        }

        public List<String> codes() {
            return criteria.stream().map(InstrumentCriterion::code).toList();
        }
    }

    /**
     * @param dimension        O, U or B
     * @param notApplicableFor the study types for which the criterion may be n.v.t.
     * @param anchors          the anchor of level 1, 2, … in that order
     */
    public record InstrumentCriterion(String code, String name, String dimension, List<String> notApplicableFor,
                                      List<String> anchors) {
        public InstrumentCriterion {
            code = XmlText.clean(code);
            name = XmlText.clean(name);
            dimension = XmlText.clean(dimension);
            notApplicableFor = copy(notApplicableFor).stream().map(XmlText::clean).toList();
            anchors = copy(anchors).stream().map(XmlText::clean).toList();
        }
    }
}
