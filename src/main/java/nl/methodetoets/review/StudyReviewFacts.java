package nl.methodetoets.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.submission.ReviewFacts;
import nl.methodetoets.submission.StudyAssessment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the submission module's questions about reviews, without names of reviewers. */
@Component
@Transactional(readOnly = true)
class StudyReviewFacts implements ReviewFacts {
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private final ReviewStore store;
    private final RubricCatalog rubrics;
    private final JdbcClient jdbc;

    StudyReviewFacts(ReviewStore store, RubricCatalog rubrics, JdbcClient jdbc) {
        this.store = store;
        this.rubrics = rubrics;
        this.jdbc = jdbc;
    }

    @Override
    public boolean isReviewerOf(String studyId, String userId) {
        return store.assignment(studyId, userId).filter(a -> a.state() != Assignment.State.CONFLICT).isPresent();
    }

    @Override
    public Set<String> studiesOfReviewer(String userId) {
        return store.assignmentsOf(userId).stream().filter(a -> a.state() != Assignment.State.CONFLICT)
                .map(Assignment::studyId).collect(Collectors.toSet());
    }

    @Override
    public Optional<StudyAssessment> assessment(String studyId) {
        return store.assessment(studyId).map(a -> {
            Map<String, String> feedback = new LinkedHashMap<>();
            Map<String, List<String>> comments = store.comments(studyId);
            comments.forEach((criterion, texts) -> feedback.put(criterion, String.join("\n\n", texts)));
            Map<String, String> names = new LinkedHashMap<>();
            rubrics.version(a.rubricVersion()).criteria().forEach(c -> names.put(c.code(), c.name()));
            return new StudyAssessment(a.rubricVersion(), store.consolidated(studyId), a.verdict(), a.exemplary(),
                    a.provisional(), a.motivation(), feedback, names, reviews(studyId));
        });
    }

    /**
     * Each submitted review's comments and summary, in the order they came in; who wrote them stays out. An
     * objection's re-review is not part of the assessment: the chair's decision on the objection answers it.
     */
    private List<StudyAssessment.ReviewerFeedback> reviews(String studyId) {
        Map<String, Map<String, String>> comments = new LinkedHashMap<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        jdbc.sql("""
                select a.reviewer_id, a.summary, s.criterion, s.comment from review_assignment a
                left join independent_score s on s.study_id = a.study_id and s.reviewer_id = a.reviewer_id
                where a.study_id = ? and a.state = 'SUBMITTED' and a.objection_id is null
                order by a.submitted_at, a.reviewer_id, s.criterion""")
                .param(studyId).query(rs -> {
                    String reviewer = rs.getString(1);
                    summaries.put(reviewer, rs.getString(2));
                    Map<String, String> own = comments.computeIfAbsent(reviewer, k -> new LinkedHashMap<>());
                    String comment = rs.getString(4);
                    if (comment != null && !comment.isBlank()) {
                        own.put(rs.getString(3), comment);
                    }
                });
        List<StudyAssessment.ReviewerFeedback> reviews = new ArrayList<>();
        comments.forEach((reviewer, own) -> {
            String summary = summaries.get(reviewer);
            if (!own.isEmpty() || (summary != null && !summary.isBlank())) {
                reviews.add(new StudyAssessment.ReviewerFeedback(own, summary == null || summary.isBlank() ? null : summary));
            }
        });
        return reviews;
    }

    @Override
    public boolean reviewsObjection(String studyId, String userId) {
        return store.assignment(studyId, userId).filter(a -> a.reReview() && a.state() != Assignment.State.CONFLICT).isPresent();
    }

    @Override
    public boolean scoresBlind(String studyId, String userId) {
        return store.assignment(studyId, userId).filter(a -> a.reReview() && a.state() == Assignment.State.ACTIVE).isPresent();
    }

    @Override
    public Optional<LocalDate> scoresDue(String studyId) {
        return jdbc.sql("select max(due_at) from review_assignment where study_id = ? and state = 'ACTIVE'")
                .param(studyId).query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).list().stream()
                .flatMap(Optional::stream).findFirst().map(due -> due.atZoneSameInstant(DUTCH_TIME).toLocalDate());
    }
}
