package nl.methodetoets.advice;

import java.util.List;
import java.util.Map;

/**
 * A round as open data (issue 11): one entry per study of the round with what it is, its verdict and its consolidated
 * scores, and the reviewers' independent scores with their ids. For the chair and the secretariat only, because of
 * those ids. {@code criteria} are the columns: the codes of the round's rubric version (then any other code a study
 * of the round was scored on); every score map has exactly these keys, {@code null} for n.v.t. (or not scored).
 */
public record RoundExport(int year, String rubricVersion, List<String> criteria, List<ExportedStudy> studies) {

    /**
     * One study: {@code organisation} and {@code commissionedBy} are organisation ids, as in the study API;
     * {@code organisationName} and {@code commissionedByName} their names. {@code independent} lists the regular
     * reviews in the order they were sent (never the consolidation).
     */
    public record ExportedStudy(String id, String title, String organisation, String organisationName, String commissionedBy,
                                String commissionedByName, String studyType, Integer year, Integer verdict, boolean exemplary,
                                boolean provisional, Map<String, Integer> consolidated, List<IndependentSheet> independent) {
    }

    /** One reviewer's independent scores. */
    public record IndependentSheet(String reviewer, Map<String, Integer> scores) {
    }

    /** The most reviewers any study of the round had: the number of reviewer column groups in the CSV. */
    public int maxReviewers() {
        return studies.stream().mapToInt(s -> s.independent().size()).max().orElse(0);
    }
}
