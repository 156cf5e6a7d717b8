package nl.methodetoets.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.submission.ReviewFacts;
import nl.methodetoets.submission.StudyAssessment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the submission module's questions about reviews, without names of reviewers. */
@Component
@Transactional(readOnly = true)
class StudyReviewFacts implements ReviewFacts {
    private final ReviewStore store;

    StudyReviewFacts(ReviewStore store) {
        this.store = store;
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
            return new StudyAssessment(a.rubricVersion(), store.consolidated(studyId), a.verdict(), a.exemplary(),
                    a.provisional(), a.motivation(), feedback);
        });
    }
}
