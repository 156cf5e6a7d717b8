package nl.methodetoets.advice;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param members             the commission's members, e.g. "prof. dr. A. de Vries (voorzitter)"
 * @param verdictDistribution number of studies per verdict 1–5 (missing keys count as 0)
 * @param criterionFindings   findings per criterion K1..K8
 * @param trend               comparison with the previous year, or {@code null} when there is none
 * @param generatedAt         when the document was generated; {@code null} means "now"
 */
public record AdviceDocument(
        int year,
        boolean draft,
        int draftNumber,
        String conclusions,
        String recommendations,
        List<AdviceStudy> studies,
        List<String> members,
        Map<Integer, Long> verdictDistribution,
        List<CriterionFinding> criterionFindings,
        Trend trend,
        OffsetDateTime generatedAt) {

    /** Every text is cleaned of what XML cannot hold ({@link XmlText}): a stray control character never stops the advice. */
    public AdviceDocument {
        conclusions = XmlText.clean(conclusions);
        recommendations = XmlText.clean(recommendations);
        studies = copy(studies);
        members = copy(members).stream().map(XmlText::clean).toList();
        criterionFindings = copy(criterionFindings);
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
     * @param studyType       EFFECT, MONITOR or PROCESS (other values are shown as given)
     * @param verdict         eindoordeel 1–5, or {@code null} when not (yet) fixed
     * @param provisional     the exemplary designation is provisional (low reviewer agreement on K1/K2)
     * @param exemplaryReason why the study is exemplary; shown only for exemplary studies
     * @param underObjection  an objection against the verdict is open (a draft may show such a study; the approved
     *                        advice never does)
     */
    public record AdviceStudy(
            String id,
            String title,
            List<String> authors,
            String organisation,
            String studyType,
            Integer verdict,
            boolean exemplary,
            boolean provisional,
            String exemplaryReason,
            boolean underObjection) {

        public AdviceStudy(String id, String title, List<String> authors, String organisation, String studyType,
                           Integer verdict, boolean exemplary, boolean provisional, String exemplaryReason) {
            this(id, title, authors, organisation, studyType, verdict, exemplary, provisional, exemplaryReason, false);
        }

        public AdviceStudy {
            id = XmlText.clean(id);
            title = XmlText.clean(title);
            authors = copy(authors).stream().map(XmlText::clean).toList();
            organisation = XmlText.clean(organisation);
            studyType = XmlText.clean(studyType);
            exemplaryReason = XmlText.clean(exemplaryReason);
        }
    }

    /**
     * Findings on one criterion over the round; any number may be {@code null} (shown as "—").
     *
     * @param mean         mean consolidated score (n.v.t. left out)
     * @param belowThree   number of studies scored below 3 (voldoende)
     * @param alphaOrdinal ordinal Krippendorff's α over the reviewers' independent scores
     */
    public record CriterionFinding(String code, String name, Double mean, Long belowThree, Double alphaOrdinal,
                                   Double previousMean) {
        public CriterionFinding {
            code = XmlText.clean(code);
            name = XmlText.clean(name);
        }

        /** A finding without a previous year to compare with. */
        public CriterionFinding(String code, String name, Double mean, Long belowThree, Double alphaOrdinal) {
            this(code, name, mean, belowThree, alphaOrdinal, null);
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
}
