package nl.methodetoets.advice;

import java.util.Locale;

/**
 * Rendering or storing an advice PDF failed. The message starts with the {@link Reason} ({@code "INVALID_TEXT: ..."}),
 * so that the engine's incident of the failed job, which keeps only the message, still tells the secretariat in
 * words what went wrong ({@link RenderingFailure}).
 */
public class AdviceRenderingException extends RuntimeException {
    /** What kind of problem stopped the rendering; each has a text in the message bundles. */
    public enum Reason {
        /** A text held something the document cannot (normally cleaned away: {@link XmlText}). */
        INVALID_TEXT,
        /** The document template could not be filled in. */
        TEMPLATE,
        /** A font could not be read or used. */
        FONT,
        /** The PDF could not be written to the data directory. */
        STORAGE,
        /** Anything else. */
        OTHER;

        /** The reason at the start of an incident message, or {@link #OTHER}. */
        static Reason ofMessage(String message) {
            if (message != null) {
                for (Reason reason : values()) {
                    if (message.startsWith(reason.name() + ":")) {
                        return reason;
                    }
                }
            }
            return OTHER;
        }

        static Reason of(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                String type = t.getClass().getName();
                String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
                if (type.startsWith("org.xml.sax.") || message.contains("invalid xml character")
                        || message.contains("xml character")) {
                    return INVALID_TEXT;
                }
                if (type.startsWith("org.thymeleaf.")) {
                    return TEMPLATE;
                }
                if (message.contains("font")) {
                    return FONT;
                }
                if (t instanceof java.nio.file.FileSystemException) {
                    return STORAGE;
                }
            }
            return OTHER;
        }
    }

    private final Reason reason;

    AdviceRenderingException(Reason reason, String what, Throwable cause) {
        super(reason.name() + ": " + what + ": " + describe(cause), cause);
        this.reason = reason;
    }

    AdviceRenderingException(String what, Throwable cause) {
        this(Reason.of(cause), what, cause);
    }

    public Reason reason() {
        return reason;
    }

    /** The innermost message, which usually names the actual problem (e.g. the character and where it is). */
    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == cause ? message : message + " (" + cause.getClass().getSimpleName() + ")";
    }
}
