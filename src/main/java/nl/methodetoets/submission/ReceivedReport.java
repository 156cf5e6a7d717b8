package nl.methodetoets.submission;

import java.nio.file.Path;

/**
 * An upload that has been streamed to the data directory and found to be a readable, unencrypted PDF, waiting to
 * become a report version. Close it when done: an upload that was not stored is then removed, so a refused or
 * replayed request leaves no file behind.
 */
public final class ReceivedReport implements AutoCloseable {
    private final ReportStorage storage;
    private final ReportStorage.Received received;
    private final ReportInspector.Inspection inspection;

    ReceivedReport(ReportStorage storage, ReportStorage.Received received, ReportInspector.Inspection inspection) {
        this.storage = storage;
        this.received = received;
        this.inspection = inspection;
    }

    /** SHA-256 of the bytes as uploaded (hex). */
    public String sha256() {
        return received.sha256();
    }

    public long bytes() {
        return received.bytes();
    }

    public int pages() {
        return inspection.pages();
    }

    ReportStorage.Received received() {
        return received;
    }

    ReportInspector.Inspection inspection() {
        return inspection;
    }

    Path file() {
        return received.file();
    }

    @Override
    public void close() {
        storage.discard(received.file());
    }
}
