package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The secretariat assigned the study's reviewers (how many, never who: the timeline is the submitter's to read). */
@NamedInterface("events")
public record ReviewersAssigned(String studyId, int reviewers) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.REVIEWERS_ASSIGNED;
    }
}
