package nl.methodetoets.submission;

import java.io.IOException;
import java.io.Writer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The report's text for search, bounded: the first {@value #MAX_PAGES} pages and at most {@value #MAX_CHARS}
 * characters, so a 900-page appendix cannot make an upload slow or the study row huge. Reading every page's
 * content on the way also proves the pages are readable, not only the file's outline.
 */
final class ReportText {
    static final int MAX_PAGES = 100;
    static final int MAX_CHARS = 200_000;

    private ReportText() {
    }

    static String extract(PDDocument document, int pages) throws IOException {
        Bounded out = new Bounded(MAX_CHARS);
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void startPage(PDPage page) throws IOException {
                // text extraction is CPU work between reads: look for the parse timeout's interrupt per page too
                InterruptibleRead.checkInterrupted();
                super.startPage(page);
            }
        };
        stripper.setSortByPosition(false);
        stripper.setStartPage(1);
        stripper.setEndPage(Math.min(pages, MAX_PAGES));
        try {
            stripper.writeText(document, out);
        } catch (Full enough) {
            // the character budget is spent; what we have is what we keep
        }
        return clean(out.text());
    }

    /** PostgreSQL text cannot hold NUL, and other control characters only disturb search; whitespace stays. */
    static String clean(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                clean.appendCodePoint(c == 0xFFFD ? ' ' : c);
            } else if (c == '\r') {
                clean.append('\n');
            }
        });
        return clean.toString().replaceAll("[ \\t]+", " ").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Signals that the budget is spent; an IOException so PDFBox passes it through unchanged. */
    private static final class Full extends IOException {
        Full() {
            super("text budget spent", null);
        }
    }

    private static final class Bounded extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        Bounded(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int room = max - text.length();
            text.append(chars, offset, Math.min(room, length));
            if (length >= room) {
                throw new Full();
            }
        }

        String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
