package nl.methodetoets.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Builds a round's open data from the submission module (what the study is, its assessment) and the review module. */
@Component
@Transactional(readOnly = true)
class RoundExports {
    private final SubmissionManagement submissions;
    private final ReviewManagement reviews;
    private final AdviceStatistics statistics;
    private final Identity identity;

    RoundExports(SubmissionManagement submissions, ReviewManagement reviews, AdviceStatistics statistics, Identity identity) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.statistics = statistics;
        this.identity = identity;
    }

    /** The round's studies in the order of the round (by id), each with its assessment and score sheets. */
    RoundExport export(int year, List<String> studyIds) {
        Rubric rubric = statistics.roundRubric(studyIds);
        Map<String, String> names = identity.organisationNames();
        Map<String, Integer> order = new java.util.HashMap<>();
        studyIds.forEach(id -> order.putIfAbsent(id, order.size()));
        List<Gathered> gathered = submissions.studies(studyIds).stream()
                .sorted(java.util.Comparator.comparingInt((Study study) -> order.get(study.id())))
                .map(study -> new Gathered(study, submissions.assessment(study.id()), reviews.consolidatedScores(study.id()),
                        reviews.independentScores(study.id())))
                .toList();
        List<String> criteria = criteria(rubric, gathered);
        List<RoundExport.ExportedStudy> studies = gathered.stream().map(g -> study(g, criteria, names)).toList();
        return new RoundExport(year, rubric.version(), criteria, studies);
    }

    private record Gathered(Study study, Optional<StudyAssessment> assessment, Map<String, Integer> consolidated,
                            Map<String, Map<String, Integer>> independent) {
    }

    /** The round's rubric codes, then any code a study was scored on that the round's version lacks (a mixed round). */
    private static List<String> criteria(Rubric rubric, List<Gathered> gathered) {
        Set<String> codes = new LinkedHashSet<>(rubric.codes());
        for (Gathered g : gathered) {
            codes.addAll(g.consolidated().keySet());
            g.independent().values().forEach(sheet -> codes.addAll(sheet.keySet()));
        }
        return List.copyOf(codes);
    }

    private static RoundExport.ExportedStudy study(Gathered g, List<String> criteria, Map<String, String> names) {
        Study s = g.study();
        var metadata = s.metadata();
        List<RoundExport.IndependentSheet> sheets = new ArrayList<>();
        g.independent().forEach((reviewer, scores) ->
                sheets.add(new RoundExport.IndependentSheet(reviewer, columns(scores, criteria))));
        return new RoundExport.ExportedStudy(s.id(), s.title(), metadata.organisation(), names.get(metadata.organisation()),
                metadata.commissionedBy(), metadata.commissionedBy() == null ? null : names.get(metadata.commissionedBy()),
                metadata.studyType() == null ? null : metadata.studyType().name(), metadata.year(),
                g.assessment().map(StudyAssessment::verdict).orElse(null),
                g.assessment().map(StudyAssessment::exemplary).orElse(false),
                g.assessment().map(StudyAssessment::provisional).orElse(false),
                columns(g.consolidated(), criteria), List.copyOf(sheets));
    }

    /** The scores keyed by every criterion in column order; null where the study has none (n.v.t.). */
    private static Map<String, Integer> columns(Map<String, Integer> scores, List<String> criteria) {
        Map<String, Integer> row = new LinkedHashMap<>();
        criteria.forEach(code -> row.put(code, scores.get(code)));
        return java.util.Collections.unmodifiableMap(row);
    }
}
