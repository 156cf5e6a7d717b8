package nl.methodetoets.submission;

import java.io.InputStream;
import java.util.function.Function;
import nl.methodetoets.common.InvalidInputException;
import nl.methodetoets.idempotency.IdempotencyKey;
import nl.methodetoets.idempotency.IdempotentRequests;
import nl.methodetoets.idempotency.IdempotentResponse;
import nl.methodetoets.idempotency.RequestFingerprint;
import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Service;

/**
 * The one filing command behind the API and the study page: check who may object (before reading a possibly large
 * attachment), receive the attachment as a report is received (streamed to disk and inspected, outside any
 * transaction; refused on field {@code attachment}), and file at most once per idempotency key.
 */
@Service
public class ObjectionFilings {
    private final Objections objections;
    private final ReportReception reception;
    private final IdempotentRequests idempotency;

    ObjectionFilings(Objections objections, ReportReception reception, IdempotentRequests idempotency) {
        this.objections = objections;
        this.reception = reception;
        this.idempotency = idempotency;
    }

    /** {@code attachment} null: grounds only. {@code respond} words the response that is stored for the key. */
    public IdempotentResponse file(String studyId, String grounds, InputStream attachment, IdempotencyKey key,
                                   UserAccount who, Function<Objection, IdempotentResponse> respond) {
        objections.checkFiling(studyId, who);
        if (attachment == null) {
            return idempotency.execute(key, RequestFingerprint.of(grounds),
                    () -> respond.apply(objections.file(studyId, grounds, null, who)));
        }
        try (ReceivedReport received = receive(attachment)) {
            return idempotency.execute(key, RequestFingerprint.of(grounds, received.sha256()),
                    () -> respond.apply(objections.file(studyId, grounds, received, who)));
        }
    }

    private ReceivedReport receive(InputStream attachment) {
        try {
            return reception.receive(attachment);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new InvalidInputException.FieldError("attachment", error.messageKey(), error.args())).toList());
        }
    }
}
