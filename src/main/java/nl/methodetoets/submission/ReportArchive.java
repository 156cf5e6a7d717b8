package nl.methodetoets.submission;

import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * Turns a received upload into the study's next report version: the file moves to its durable place and the
 * version row and its searchable text are written in the caller's transaction (a rollback takes the file away).
 */
@Component
class ReportArchive {
    private final StudyStore store;
    private final ReportStorage storage;

    ReportArchive(StudyStore store, ReportStorage storage) {
        this.store = store;
        this.storage = storage;
    }

    int save(String studyId, ReceivedReport report, String uploadedBy, OffsetDateTime at) {
        int version = store.nextReportVersion(studyId);
        String key = storage.store(report.received(), studyId, version);
        ReportInspector.Inspection inspection = report.inspection();
        store.insertReport(studyId, new ReportInfo(version, report.sha256(), inspection.pages(), report.bytes(),
                inspection.title(), at), key, uploadedBy);
        store.insertReportText(studyId, version, inspection.text());
        return version;
    }
}
