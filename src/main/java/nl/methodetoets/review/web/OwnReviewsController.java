package nl.methodetoets.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.SubmittedReview;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.SubmissionManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Mijn beoordelingen": a reviewer rereads the reviews they sent, read-only, with their own scores, comments, page
 * references and summary. Only their own: another reviewer's scores never appear here.
 */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class OwnReviewsController {
    private final ReviewManagement reviews;
    private final SubmissionManagement submissions;

    OwnReviewsController(ReviewManagement reviews, SubmissionManagement submissions) {
        this.reviews = reviews;
        this.submissions = submissions;
    }

    @GetMapping("/reviews")
    String list(Authentication who, Model model) {
        List<SubmittedReview> own = reviews.ownReviews(who.getName());
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        own.forEach(r -> submissions.assessment(r.studyId()).ifPresent(a -> verdicts.put(r.studyId(), a.verdict())));
        model.addAttribute("reviews", own);
        model.addAttribute("titles", submissions.titles(own.stream().map(SubmittedReview::studyId).toList()));
        model.addAttribute("verdicts", verdicts);
        return "review/own-reviews";
    }

    @GetMapping("/reviews/{studyId}")
    String review(@PathVariable String studyId, Authentication who, Model model) {
        SubmittedReview review = reviews.ownReview(studyId, who.getName())
                .orElseThrow(() -> new NotFoundException("review.notFound", studyId));
        model.addAttribute("review", review);
        Rubric rubric = reviews.rubric(review.rubricVersion());
        model.addAttribute("rubric", rubric);
        model.addAttribute("levels", levels(rubric, review));
        model.addAttribute("studyTitle", submissions.titles(List.of(studyId)).getOrDefault(studyId, studyId));
        model.addAttribute("verdict", submissions.assessment(studyId).map(StudyAssessment::verdict).orElse(null));
        return "review/own-review";
    }

    /** Per criterion the score as the reviewer chose it: "3 — anchor text", null for n.v.t., "—" when not scored. */
    static Map<String, String> levels(Rubric rubric, SubmittedReview review) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (Rubric.Criterion c : rubric.criteria()) {
            Map<String, Integer> scores = review.sheet().scores();
            Integer level = scores.get(c.code());
            String text = !scores.containsKey(c.code()) ? "—" : level == null ? null
                    : c.levels().stream().filter(l -> l.level() == level).findFirst()
                    .map(l -> level + " — " + l.anchor()).orElse(String.valueOf(level));
            shown.put(c.code(), text);
        }
        return shown;
    }
}
