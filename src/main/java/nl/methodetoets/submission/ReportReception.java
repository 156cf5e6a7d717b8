package nl.methodetoets.submission;

import java.io.InputStream;
import nl.methodetoets.common.InvalidInputException;
import org.springframework.stereotype.Component;

/** Receives an upload: streamed to {@code <data-dir>/incoming} and inspected; a refused file is removed at once. */
@Component
class ReportReception {
    private final ReportStorage storage;
    private final ReportInspector inspector;

    ReportReception(ReportStorage storage, ReportInspector inspector) {
        this.storage = storage;
        this.inspector = inspector;
    }

    ReceivedReport receive(InputStream upload) {
        if (upload == null) {
            throw new InvalidInputException("report", "report.missing");
        }
        ReportStorage.Received received = storage.receive(upload);
        try {
            return new ReceivedReport(storage, received, inspector.inspect(received.file(), received.bytes()));
        } catch (RuntimeException e) {
            storage.discard(received.file());
            throw e;
        }
    }
}
