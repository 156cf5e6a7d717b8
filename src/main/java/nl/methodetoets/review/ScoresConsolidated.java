package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The independent scores were consolidated by the rules, without a meeting; the verdict is next. */
@NamedInterface("events")
public record ScoresConsolidated(String studyId) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.AWAITING_VERDICT;
    }
}
