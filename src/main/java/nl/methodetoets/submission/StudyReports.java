package nl.methodetoets.submission;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Service;

/**
 * The submission module's API for report files: receiving an upload (streamed to disk, checked to be a readable
 * PDF within the size cap and the parse timeout) before any transaction starts, and the first-page preview.
 * Storing a received report as a version happens in {@link SubmissionManagement}.
 */
@Service
public class StudyReports {
    private final ReportReception reception;
    private final ReportStorage storage;
    private final ReportPreviews previews;
    private final StudyStore store;
    private final SubmissionManagement submissions;

    StudyReports(ReportReception reception, ReportStorage storage, ReportPreviews previews, StudyStore store,
                 SubmissionManagement submissions) {
        this.reception = reception;
        this.storage = storage;
        this.previews = previews;
        this.store = store;
        this.submissions = submissions;
    }

    /**
     * Streams the upload to disk and inspects it; runs outside any transaction, so a 30-second parse holds no
     * database connection. Refusals are {@link InvalidInputException}s on field {@code report}. The caller must
     * close the result.
     */
    public ReceivedReport receive(InputStream upload) {
        return reception.receive(upload);
    }

    /** The configured cap on a report's size (methodetoets.submission.max-report-bytes). */
    public long maxBytes() {
        return storage.maxBytes();
    }

    /** The cap as the refusal names it: megabytes with at most one decimal. */
    public BigDecimal maxMegabytes() {
        return ReportStorage.megabytes(storage.maxBytes());
    }

    /** Page 1 of the latest report version as PNG, for whoever may see the study; 404 when it cannot be drawn. */
    public Path preview(String studyId, UserAccount viewer) {
        Study study = submissions.study(studyId, viewer);
        if (study.report() == null) {
            throw new NotFoundException("report.noPreview");
        }
        int version = study.report().version();
        Path pdf = storage.file(store.reportKey(studyId, version).orElseThrow(() -> new NotFoundException("report.noPreview")));
        try {
            return previews.firstPage(studyId, version, pdf);
        } catch (InvalidInputException e) {
            throw new NotFoundException("report.noPreview");
        }
    }
}
