package nl.methodetoets.review;

import java.util.List;
import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The independent scores diverge: the chair leads a consensus meeting ({@code reasons} as the decisions gave them). */
@NamedInterface("events")
public record ConsensusNeeded(String studyId, List<String> reasons) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.CONSENSUS_NEEDED;
    }
}
