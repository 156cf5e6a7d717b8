package nl.methodetoets.review;

import java.time.OffsetDateTime;
import org.springframework.modulith.NamedInterface;

/**
 * A reviewer was given a study to score (at assignment or as a replacement), due at {@code due}. Unlike
 * {@link ReviewersAssigned} it names the reviewer: it is for the reviewer's own mail, never for the timeline.
 */
@NamedInterface("events")
public record ScoringAssigned(String studyId, String reviewerId, OffsetDateTime due) {
}
