package nl.methodetoets.common;

import java.util.List;
import java.util.Locale;

/** Dutch first, English second: the language a request gets from its Accept-Language header. */
public final class Languages {
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private Languages() {
    }

    /** Dutch unless the header prefers English; a missing or malformed header also means Dutch. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DUTCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? DUTCH : match;
        } catch (IllegalArgumentException e) {
            return DUTCH;
        }
    }
}
