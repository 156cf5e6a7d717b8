package nl.methodetoets.submission;

import java.time.OffsetDateTime;

public record TimelineEntry(StudyStatus status, OffsetDateTime at, String note) {
}
