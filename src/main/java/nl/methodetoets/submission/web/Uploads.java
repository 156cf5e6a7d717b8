package nl.methodetoets.submission.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** The uploaded part as a stream (the container keeps it on disk); null when no file was sent. */
final class Uploads {
    private Uploads() {
    }

    static InputStream stream(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser sends an empty, nameless part when no file was chosen: that is a missing file, not an empty one. */
    static InputStream chosen(MultipartFile file) {
        boolean nothingChosen = file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()));
        return nothingChosen ? null : stream(file);
    }
}
