package nl.methodetoets.submission;

import java.time.OffsetDateTime;

public record ReportInfo(int version, String sha256, int pages, long bytes, String title, OffsetDateTime uploadedAt) {
}
