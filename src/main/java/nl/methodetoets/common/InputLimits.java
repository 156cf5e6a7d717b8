package nl.methodetoets.common;

import java.text.Normalizer;

/**
 * The one place for input limits: how long each kind of text may be and how many entries each list may have,
 * checked before anything is stored (through {@link Validation#text}, {@link Validation#line} and
 * {@link Validation#list}), each limit at or below the column it ends up in (the Flyway migrations under
 * {@code db/migration}, and the engine's {@code ACT_ID_USER} for people). A refused value is a 422 naming its field.
 *
 * <p>Text rules, for every text a user sends (JSON API and browser forms alike):
 * <ul>
 *   <li>normalised to Unicode NFC, and line ends to {@code \n} (a browser sends {@code \r\n} from a text area; a lone
 *       {@code \r} becomes {@code \n} too) — done on the way in ({@link #normalise}), before the limits count;</li>
 *   <li>refused: C0 control characters other than tab and line feed (U+0000–U+001F), DEL and the C1 controls
 *       (U+007F–U+009F), unpaired surrogates and the noncharacters U+FFFE/U+FFFF — none of them can be written in
 *       XML (the advice PDF), and a NUL cannot be stored in PostgreSQL;</li>
 *   <li>a single-line value (a title, a name, an author, an id) refuses tab and line feed as well.</li>
 * </ul>
 */
public final class InputLimits {
    /** User and organisation ids (the engine's {@code ACT_ID_USER.ID_} is 64; {@code organisation.id} 100). */
    public static final int ID = 64;
    /** A person's name (the engine keeps first and last name in 255 characters each). */
    public static final int PERSON_NAME = 200;
    /** An organisation's name ({@code organisation.name varchar(300)}). */
    public static final int ORGANISATION_NAME = 300;
    /** An e-mail address (the engine's {@code EMAIL_ varchar(255)}). */
    public static final int EMAIL = 254;
    /** A password (hashed by the engine; the cap only keeps hashing cheap). */
    public static final int PASSWORD = 200;
    /** A study's title ({@code study.title varchar(500)}). */
    public static final int TITLE = 500;
    /** One author or one wijk. */
    public static final int LIST_ENTRY = 200;
    /** Authors and wijken are stored together as JSON in {@code varchar(4000)}; this is that column. */
    public static final int LIST_COLUMN = 4000;
    /** At most this many authors. */
    public static final int AUTHORS = 50;
    /** At most this many wijken. */
    public static final int WIJKEN = 100;
    /** At most this many themes (there are fewer themes; more entries can only be repeats). */
    public static final int THEMES = 20;
    /** A study's summary ({@code study.summary text}). */
    public static final int SUMMARY = 20_000;
    /** Remarks on an intake decision or a completion ({@code study_event.remarks varchar(4000)}). */
    public static final int REMARKS = 4000;
    /** A reviewer's comment on one criterion ({@code independent_score.comment varchar(4000)}). */
    public static final int COMMENT = 4000;
    /** The pages that support a score ({@code independent_score.pages varchar(200)}). */
    public static final int PAGES = 200;
    /** A reviewer's summary ({@code review_assignment.summary text}). */
    public static final int REVIEW_SUMMARY = 20_000;
    /** A conflict-of-interest reason ({@code declared_conflict.reason}, {@code review_assignment.conflict_reason}: 2000). */
    public static final int REASON = 2000;
    /** The chair's consensus rationale and verdict motivation ({@code text} columns). */
    public static final int MOTIVATION = 20_000;
    /** The grounds of an objection against a verdict ({@code objection.grounds text}). */
    public static final int OBJECTION_GROUNDS = 10_000;
    /** The advice's conclusions and recommendations and the approval remarks ({@code text} columns). */
    public static final int ADVICE_TEXT = 50_000;
    /** A criterion's name in a new rubric version (ADMIN; {@code rubric_version.definition} is JSON text). */
    public static final int CRITERION_NAME = 200;
    /** The anchor text of one level of a criterion. */
    public static final int ANCHOR = 2000;
    /** At most this many reviewers chosen for one study. */
    public static final int REVIEWERS = 20;
    /** At most this many entries in a map keyed by criterion (scores, comments, pages): more than any rubric has. */
    public static final int CRITERIA = 50;

    private InputLimits() {
    }

    /** NFC, and {@code \r\n} or a lone {@code \r} as {@code \n}; null stays null. */
    public static String normalise(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        String lines = s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.isNormalized(lines, Normalizer.Form.NFC) ? lines : Normalizer.normalize(lines, Normalizer.Form.NFC);
    }

    /** Whether the text holds a character no text may hold (see the class comment); tab and line feed are allowed. */
    public static boolean hasForbiddenCharacters(String s) {
        return s != null && firstForbidden(s, false) >= 0;
    }

    /** Whether a single-line value holds a forbidden character, a tab or a line break. */
    public static boolean hasForbiddenInLine(String s) {
        return s != null && firstForbidden(s, true) >= 0;
    }

    private static int firstForbidden(String s, boolean singleLine) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (c == '\t' || c == '\n') {
                bad = singleLine;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\r' && singleLine || c == 0xFFFE || c == 0xFFFF) {
                bad = true;
            } else if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                i += bad ? 0 : 1;
            } else {
                bad = Character.isLowSurrogate(c);
            }
            if (bad) {
                return i;
            }
        }
        return -1;
    }
}
