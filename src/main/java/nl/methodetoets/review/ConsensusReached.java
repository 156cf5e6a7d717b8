package nl.methodetoets.review;

import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;

/** The consensus meeting agreed on the scores, recorded by the chair ({@code actor}); the verdict is next. */
public record ConsensusReached(String studyId, String actor) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.CONSENSUS_REACHED;
    }
}
