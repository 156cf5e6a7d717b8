package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text rules of {@link InputLimits} and the checks {@link Validation} builds on them. */
class InputLimitsTest {

    @Test
    void normalisesToNfcAndLineFeeds() {
        assertThat(InputLimits.normalise("Cafe\u0301")).isEqualTo("Caf\u00e9");
        assertThat(InputLimits.normalise("een\r\ntwee\rdrie")).isEqualTo("een\ntwee\ndrie");
        assertThat(InputLimits.normalise(null)).isNull();
    }

    @Test
    void refusesControlCharactersButNotTabOrLineFeedInText() {
        assertThat(InputLimits.hasForbiddenCharacters("regel\teen\nregel twee é ✓ 😀")).isFalse();
        for (String bad : List.of("\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\r", "\u001B", "\u007F", "\u0085",
                "\u009F", "\uFFFE", "\uFFFF", "\uD800", "x\uDC00")) {
            assertThat(InputLimits.hasForbiddenCharacters("a" + bad + "b")).as("U+%04X", (int) bad.charAt(bad.length() - 1)).isTrue();
        }
    }

    @Test
    void aSingleLineRefusesTabsAndLineBreaksToo() {
        assertThat(InputLimits.hasForbiddenInLine("Een titel — met é")).isFalse();
        assertThat(InputLimits.hasForbiddenInLine("een\ttwee")).isTrue();
        assertThat(InputLimits.hasForbiddenInLine("een\ntwee")).isTrue();
    }

    @Test
    void validationNamesTheFieldAndTheLimit() {
        assertThatThrownBy(() -> new Validation().line("x".repeat(501), "title", InputLimits.TITLE).throwIfInvalid())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(err -> {
                        assertThat(err.field()).isEqualTo("title");
                        assertThat(err.messageKey()).isEqualTo("validation.tooLong");
                        assertThat(err.args()).containsExactly(500);
                    });
                });
        assertThat(errorKey(new Validation().line("a\nb", "title", 500))).isEqualTo("validation.singleLine");
        assertThat(errorKey(new Validation().line("a\u0001b", "title", 500))).isEqualTo("validation.controlCharacters");
        assertThat(errorKey(new Validation().text("a\u0000b", "summary", 500))).isEqualTo("validation.controlCharacters");
        assertThat(new Validation().text("a\nb\tc", "summary", 500).ok()).isTrue();
        assertThat(new Validation().text(null, "summary", 5).ok()).isTrue();
    }

    @Test
    void listsHaveAMaximumCountEntryLengthAndTotal() {
        assertThat(errorKey(new Validation().list(Collections.nCopies(100_000, "x"), "authors", 50, 200, 4000)))
                .isEqualTo("validation.tooMany");
        assertThat(errorKey(new Validation().list(List.of("x".repeat(5000)), "authors", 50, 200, 4000)))
                .isEqualTo("validation.tooLong");
        assertThat(errorKey(new Validation().list(Collections.nCopies(40, "w".repeat(100)), "wijken", 100, 200, 4000)))
                .isEqualTo("validation.listTooLong");
        assertThat(new Validation().list(Collections.nCopies(30, "w".repeat(100)), "wijken", 100, 200, 4000).ok()).isTrue();
    }

    private static String errorKey(Validation v) {
        try {
            v.throwIfInvalid();
            return null;
        } catch (InvalidInputException e) {
            return e.errors().get(0).messageKey();
        }
    }
}
