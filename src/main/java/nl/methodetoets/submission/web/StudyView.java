package nl.methodetoets.submission.web;

import java.time.OffsetDateTime;
import java.util.List;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyAssessment;
import nl.methodetoets.submission.StudyStatus;
import nl.methodetoets.submission.StudyType;
import nl.methodetoets.submission.Theme;
import nl.methodetoets.submission.TimelineEntry;

/**
 * A study as the API shows it (API.md); {@code assessment} is null until the viewer may see it. {@code publicReport}:
 * whether the submitter consented to publishing the report in the public register.
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "Study", description = "A study as the API shows it; `assessment` is null until the chair fixed the verdict.")
record StudyView(String id, String title, List<String> authors, String organisation, String commissionedBy, int year,
                 StudyType studyType, List<String> wijken, List<Theme> themes, String summary, StudyStatus status,
                 OffsetDateTime submittedAt, List<TimelineEntry> timeline, Report report, StudyAssessment assessment,
                 boolean publicReport) {

    record Report(String sha256, int pages, long bytes, int version) {
    }

    static StudyView of(Study s, StudyAssessment assessment) {
        var m = s.metadata();
        Report report = s.report() == null ? null
                : new Report(s.report().sha256(), s.report().pages(), s.report().bytes(), s.report().version());
        return new StudyView(s.id(), m.title(), m.authors(), m.organisation(), m.commissionedBy(), m.year(), m.studyType(),
                m.wijken(), m.themes(), m.summary(), s.status(), s.submittedAt(), s.timeline(), report, assessment,
                m.publicReport());
    }
}
