package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** An objection's re-review is in and its verdict computed: the chair decides next. */
@NamedInterface("events")
public record ObjectionReviewed(String studyId) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.OBJECTION_REVIEWED;
    }
}
