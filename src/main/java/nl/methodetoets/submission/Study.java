package nl.methodetoets.submission;

import java.time.OffsetDateTime;
import java.util.List;

/** A submitted study; {@code possibleExample} is the secretariat's mark that asks for a third reviewer. */
public record Study(String id, StudyMetadata metadata, StudyStatus status, String submittedBy,
                   OffsetDateTime submittedAt, List<TimelineEntry> timeline, ReportInfo report, boolean possibleExample) {

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
