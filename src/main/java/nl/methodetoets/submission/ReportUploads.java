package nl.methodetoets.submission;

import java.io.InputStream;
import java.util.function.Function;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentRequests;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.idempotency.RequestFingerprint;
import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Service;

/**
 * The one upload command behind the API and the browser forms: check who may upload (before reading a possibly
 * large file), receive the report (streamed to disk and inspected, outside any transaction), fingerprint the
 * request, and store it at most once per idempotency key. The caller only words the response for its channel.
 */
@Service
public class ReportUploads {
    private final SubmissionManagement submissions;
    private final ReportReception reception;
    private final IdempotentRequests idempotency;

    ReportUploads(SubmissionManagement submissions, ReportReception reception, IdempotentRequests idempotency) {
        this.submissions = submissions;
        this.reception = reception;
        this.idempotency = idempotency;
    }

    /**
     * Submits a new study with its report. {@code request} is the canonical form of the rest of the request (the
     * metadata as sent), so a reused key with other metadata is refused; {@code respond} words the response that is
     * stored and replayed for the key.
     */
    public IdempotentResponse submit(StudyMetadata metadata, String request, InputStream report, IdempotencyKey key,
                                     UserAccount submitter, Function<Study, IdempotentResponse> respond) {
        submissions.checkSubmission(metadata, submitter);
        try (ReceivedReport received = reception.receive(report)) {
            return idempotency.execute(key, RequestFingerprint.of(request, received.sha256()),
                    () -> respond.apply(submissions.submit(metadata, received, submitter)));
        }
    }

    /**
     * Adds a report version; before the file is read, a study the uploader may not see is a 404 and one they may see
     * but not upload to (a reviewer, the chair) a 403.
     */
    public IdempotentResponse addVersion(String studyId, InputStream report, IdempotencyKey key, UserAccount uploader,
                                         Function<Study, IdempotentResponse> respond) {
        submissions.checkReportVersion(studyId, uploader);
        try (ReceivedReport received = reception.receive(report)) {
            return idempotency.execute(key, RequestFingerprint.of(received.sha256()),
                    () -> respond.apply(submissions.addReportVersion(studyId, received, uploader)));
        }
    }
}
