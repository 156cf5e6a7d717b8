package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The secretariat assigned an objection's re-review (never who: the timeline is the submitter's to read). */
@NamedInterface("events")
public record ObjectionReviewerAssigned(String studyId) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.OBJECTION_REVIEWER_ASSIGNED;
    }
}
