package nl.methodetoets.submission;

import java.time.OffsetDateTime;
import java.util.List;

public record Study(String id, StudyMetadata metadata, StudyStatus status, String submittedBy,
                   OffsetDateTime submittedAt, List<TimelineEntry> timeline, ReportInfo report) {

    public String title() {
        return metadata.title();
    }

    public String organisation() {
        return metadata.organisation();
    }

    public int year() {
        return metadata.year();
    }
}
