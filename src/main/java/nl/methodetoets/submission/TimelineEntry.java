package nl.methodetoets.submission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of a study's timeline: its kind, who did it ({@code actor}, null for the system), what they typed
 * ({@code remarks}) and the bundle key and arguments of its text. {@code note} is that text rendered in the
 * reader's language with the remarks, the only text the API shows (API.md: {@code {status, at, note}}); the
 * actor stays out of the JSON, so reviewers' and staff ids never reach a submitter.
 */
@JsonPropertyOrder({"status", "at", "kind", "note"})
public record TimelineEntry(StudyStatus status, OffsetDateTime at, TimelineKind kind, String note,
                            @JsonIgnore String actor, @JsonIgnore String remarks, @JsonIgnore String messageKey,
                            @JsonIgnore List<String> messageArgs) {

    public TimelineEntry {
        messageArgs = messageArgs == null ? List.of() : List.copyOf(messageArgs);
    }

    /** An entry as the system records it, without remarks or arguments (tests, examples). */
    public static TimelineEntry of(TimelineKind kind, OffsetDateTime at) {
        return new TimelineEntry(kind.status(), at, kind, null, null, null, kind.messageKey(), List.of());
    }
}
