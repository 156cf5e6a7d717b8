package nl.methodetoets.submission;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * A cap on the bytes PDFBox decodes (inflates, un-LZWs, decodes images) while one untrusted PDF is open.
 *
 * <p>PDFBox 3 decodes every stream into a heap buffer ({@code Filter.decode} → {@code RandomAccessReadWriteBuffer}),
 * whatever stream cache the document was loaded with: a 1 MB Flate stream that inflates to 1 GiB would need 1 GiB of
 * heap. PDFBox has no hook per document, so the filters of its one {@link FilterFactory} are wrapped (once, at
 * start-up) in filters that count what they write against the budget of the current thread. Outside a budget (the
 * advice renderer, the demo reports) they pass everything through unchanged. Inside one, the first byte over the cap
 * throws, and every later write throws too, so whatever PDFBox does with the failure (it repairs and goes on in some
 * places) stays cheap; {@link Scope#exceeded()} tells the caller afterwards.
 *
 * <p>This covers every decode: cross-reference and object streams while loading, page contents, fonts and forms
 * while reading text, images while drawing a preview.
 */
final class DecodeBudget {
    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    static {
        install();
    }

    private DecodeBudget() {
    }

    /** Wraps PDFBox's filters now (at start-up) rather than at the first upload, while other threads may decode. */
    static void installed() {
        // the static initialiser has run by the time this is called
    }

    /** Starts a budget of {@code maxBytes} decoded bytes for the current thread; close it when the work is done. */
    static Scope open(long maxBytes) {
        Scope scope = new Scope(maxBytes);
        CURRENT.set(scope);
        return scope;
    }

    /** The budget of one parse. */
    static final class Scope implements AutoCloseable {
        private final long maxBytes;
        private long used;
        private boolean exceeded;

        private Scope(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        /** True once PDFBox tried to decode more than the budget allows, even if it caught the failure. */
        boolean exceeded() {
            return exceeded;
        }

        long used() {
            return used;
        }

        void spend(long bytes) throws Exceeded {
            if (exceeded || used + bytes > maxBytes) {
                exceeded = true;
                throw new Exceeded();
            }
            used += bytes;
        }

        @Override
        public void close() {
            if (CURRENT.get() == this) {
                CURRENT.remove();
            }
        }
    }

    /** Thrown into PDFBox when the budget is spent; an IOException so PDFBox treats it as a broken stream. */
    static final class Exceeded extends IOException {
        Exceeded() {
            super("decode budget spent", null);
        }
    }

    @SuppressWarnings("unchecked")
    private static void install() {
        try {
            Field field = FilterFactory.class.getDeclaredField("filters");
            field.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) field.get(FilterFactory.INSTANCE);
            synchronized (filters) {
                filters.replaceAll((name, filter) -> filter instanceof Budgeted ? filter : new Budgeted(filter));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a PDFBox upgrade that moved the map must not silently drop the protection
            throw new IllegalStateException("cannot put a decode budget on PDFBox's filters", e);
        }
    }

    /** A PDFBox filter whose decoded output counts against the current thread's budget. */
    private static final class Budgeted extends Filter {
        private final Filter filter;

        Budgeted(Filter filter) {
            this.filter = filter;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return filter.decode(encoded, counted(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            return filter.decode(encoded, counted(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            filter.encode(input, encoded, parameters, 0);
        }

        private static OutputStream counted(OutputStream decoded) {
            Scope scope = CURRENT.get();
            return scope == null ? decoded : new Counting(decoded, scope);
        }
    }

    private static final class Counting extends FilterOutputStream {
        private final Scope scope;

        Counting(OutputStream out, Scope scope) {
            super(out);
            this.scope = scope;
        }

        @Override
        public void write(int b) throws IOException {
            scope.spend(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            scope.spend(len);
            out.write(b, off, len);
        }
    }
}
