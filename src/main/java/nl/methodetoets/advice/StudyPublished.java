package nl.methodetoets.advice;

import java.util.List;
import nl.methodetoets.submission.StudyMilestone;
import nl.methodetoets.submission.TimelineKind;
import org.springframework.modulith.NamedInterface;

/** The study is part of the published annual advice of {@code year}. */
@NamedInterface("events")
public record StudyPublished(String studyId, int year) implements StudyMilestone {

    @Override
    public TimelineKind timelineKind() {
        return TimelineKind.PUBLISHED;
    }

    @Override
    public List<String> messageArgs() {
        return List.of(String.valueOf(year));
    }
}
