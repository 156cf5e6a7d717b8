package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The consensus meeting agreed on the scores, recorded by the chair ({@code actor}); the verdict is next. */
@NamedInterface("events")
public record ConsensusReached(String studyId, String actor) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.CONSENSUS_REACHED;
    }
}
