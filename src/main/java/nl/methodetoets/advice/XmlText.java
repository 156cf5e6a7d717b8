package nl.methodetoets.advice;

/**
 * Makes text safe to put into the advice's XHTML and SVG: XML 1.0 cannot hold C0 control characters (other than
 * tab, line feed and carriage return), lone surrogates or U+FFFE/U+FFFF, not even as character references, and the
 * embedded fonts have no glyph for C1 controls or other non-characters. Such characters are dropped (a control
 * character between two words becomes a space, so that the words do not run together); everything else is kept.
 *
 * <p>Input validation refuses control characters at the door, but stored text from before that, or from a path that
 * forgets to check, must never stop the year's advice from being rendered.
 */
final class XmlText {
    private XmlText() {
    }

    /** {@code text} without the characters XML (or the document's fonts) cannot hold; {@code null} stays null. */
    static String clean(String text) {
        if (text == null || isClean(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int length = Character.charCount(cp);
            if (allowed(cp)) {
                out.appendCodePoint(cp);
            } else if (control(cp) && out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            i += length;
        }
        return out.toString();
    }

    /** {@code true} when {@link #clean(String)} would return the text unchanged. */
    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!allowed(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            return false; // C0 and C1 controls, DEL
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false; // a lone surrogate (a paired one arrives here as one supplementary code point)
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false; // non-characters
        }
        return (cp & 0xFFFE) != 0xFFFE; // U+FFFE, U+FFFF and their counterparts in every plane
    }

    private static boolean control(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    }
}
