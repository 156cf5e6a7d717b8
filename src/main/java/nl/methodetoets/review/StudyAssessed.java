package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The chair ({@code actor}) fixed the study's verdict and exemplary flag. */
@NamedInterface("events")
public record StudyAssessed(String studyId, int verdict, boolean exemplary, String actor) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.ASSESSED;
    }
}
