package nl.methodetoets.review.web;

import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The current version of the instrument, with anchors per level. */
@RestController
class RubricController {
    private final ReviewManagement reviews;

    RubricController(ReviewManagement reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/api/rubric")
    Rubric rubric() {
        return reviews.currentRubric();
    }
}
