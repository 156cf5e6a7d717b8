package nl.methodetoets.advice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Objects;

import nl.methodetoets.common.DocumentTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;

/**
 * Renders the annual advice as an archival PDF: tagged PDF/A-3a that is also PDF/UA-1, with the DejaVu fonts
 * embedded and an sRGB output intent. The Thymeleaf template {@code documents/advice/advice.html} is filled
 * with the document and the resulting XHTML is laid out by openhtmltopdf.
 *
 * <p>Thread-safe: the template engine and the font bytes are shared, every call gets its own PDF builder.
 */
public class AdvicePdfRenderer {

    static final String TEMPLATE = "advice/advice";

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";

    private final Clock clock;
    private final AdviceRules rules;
    private final TemplateEngine templates;

    public AdvicePdfRenderer(AdviceRules rules) {
        this(Clock.systemDefaultZone(), rules);
    }

    /** {@code rules}: the agreement thresholds that the text names (methodetoets.advice.*). */
    public AdvicePdfRenderer(Clock clock, AdviceRules rules) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.templates = templateEngine();
    }

    /** Renders the document as PDF into {@code out}; {@code out} is left open. */
    public void render(AdviceDocument doc, OutputStream out) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(out, "out");
        String xhtml = toXhtml(doc);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_A)
                .usePdfUaAccessibility(true)
                .useColorProfile(Resources.SRGB)
                .withProducer("Methodetoets")
                // everything the document needs is inline; never let the text reach out for a file or URL
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useSVGDrawer(new com.openhtmltopdf.svgsupport.BatikSVGDrawer())
                .withHtmlContent(xhtml, null)
                .toStream(out);
        registerFonts(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new LinkDescriptions());
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render the annual advice " + doc.year(), e);
        }
    }

    /** Renders the document as PDF and returns its bytes. */
    public byte[] render(AdviceDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(doc, out);
        return out.toByteArray();
    }

    /**
     * The filled-in template, before layout: well-formed XHTML. The document's texts are cleaned already
     * ({@link AdviceDocument}); cleaning the whole result once more keeps a character that XML cannot hold from
     * any other source (a message, a chart label) from failing the layout.
     */
    String toXhtml(AdviceDocument doc) {
        Context context = new Context(AdviceView.DUTCH, AdviceView.variables(doc, OffsetDateTime.now(clock), rules));
        return XmlText.clean(templates.process(TEMPLATE, context));
    }

    private static TemplateEngine templateEngine() {
        return DocumentTemplates.engine("", ".html", TemplateMode.HTML);
    }

    private static void registerFonts(PdfRendererBuilder builder) {
        font(builder, Resources.SANS, "DejaVu Sans", 400, FontStyle.NORMAL);
        font(builder, Resources.SANS_BOLD, "DejaVu Sans", 700, FontStyle.NORMAL);
        font(builder, Resources.SANS_OBLIQUE, "DejaVu Sans", 400, FontStyle.ITALIC);
        font(builder, Resources.SANS_BOLD_OBLIQUE, "DejaVu Sans", 700, FontStyle.ITALIC);
        font(builder, Resources.SERIF, "DejaVu Serif", 400, FontStyle.NORMAL);
        font(builder, Resources.SERIF_BOLD, "DejaVu Serif", 700, FontStyle.NORMAL);
        font(builder, Resources.SERIF_ITALIC, "DejaVu Serif", 400, FontStyle.ITALIC);
        font(builder, Resources.SERIF_BOLD_ITALIC, "DejaVu Serif", 700, FontStyle.ITALIC);
    }

    private static void font(PdfRendererBuilder builder, byte[] ttf, String family, int weight, FontStyle style) {
        // subset = true: only the glyphs used are embedded, which PDF/A allows and keeps the file small
        builder.useFont(() -> new ByteArrayInputStream(ttf), family, weight, style, true);
    }

    /** Loaded once, on first use, and shared: fonts and the colour profile are immutable bytes. */
    private static final class Resources {
        static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        static final byte[] SANS = load("DejaVuSans.ttf");
        static final byte[] SANS_BOLD = load("DejaVuSans-Bold.ttf");
        static final byte[] SANS_OBLIQUE = load("DejaVuSans-Oblique.ttf");
        static final byte[] SANS_BOLD_OBLIQUE = load("DejaVuSans-BoldOblique.ttf");
        static final byte[] SERIF = load("DejaVuSerif.ttf");
        static final byte[] SERIF_BOLD = load("DejaVuSerif-Bold.ttf");
        static final byte[] SERIF_ITALIC = load("DejaVuSerif-Italic.ttf");
        static final byte[] SERIF_BOLD_ITALIC = load("DejaVuSerif-BoldItalic.ttf");

        private static byte[] load(String file) {
            String path = FONT_DIR + file;
            try (InputStream in = AdvicePdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + path
                            + " not on the classpath (net.sf.jasperreports:jasperreports-fonts)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read font " + path, e);
            }
        }
    }
}
