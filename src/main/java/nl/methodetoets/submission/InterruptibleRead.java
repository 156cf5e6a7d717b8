package nl.methodetoets.submission;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF source that gives up as soon as its thread is interrupted. PDFBox itself ignores interrupts, so without
 * this a parse that ran past its timeout would keep a thread busy until it finished on its own; every read of the
 * file (also through the views PDFBox makes for streams) now checks, so a cancelled parse stops within moments.
 */
final class InterruptibleRead implements RandomAccessRead {
    private final RandomAccessRead source;

    InterruptibleRead(RandomAccessRead source) {
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        checkInterrupted();
        return source.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        checkInterrupted();
        return source.read(b, offset, length);
    }

    @Override
    public long getPosition() throws IOException {
        return source.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        checkInterrupted();
        source.seek(position);
    }

    @Override
    public long length() throws IOException {
        return source.length();
    }

    @Override
    public boolean isClosed() {
        return source.isClosed();
    }

    @Override
    public boolean isEOF() throws IOException {
        return source.isEOF();
    }

    /** Views read through this wrapper (not the file's own per-thread copies), so they are interruptible too. */
    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        return new RandomAccessReadView(this, startPosition, streamLength);
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    static void checkInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("PDF parse cancelled");
        }
    }
}
