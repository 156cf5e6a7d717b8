package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.methodetoets.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** When a requested completion is due and when the submitter is reminded. */
class CompletionDeadlineTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2013, 1, 10, 9, 30, 0, 0, ZoneOffset.UTC);
    private static final Duration TERM = Duration.ofDays(30);
    private static final Duration REMINDER = Duration.ofDays(7);

    @Test
    void aChosenDayIsDueAtItsEndInDutchTime() {
        CompletionDeadline due = CompletionDeadline.of(LocalDate.of(2013, 2, 1), NOW, TERM, REMINDER);
        assertThat(due.due()).isEqualTo(OffsetDateTime.parse("2013-02-01T23:59:59+01:00"));
        assertThat(due.day()).isEqualTo(LocalDate.of(2013, 2, 1));
        assertThat(due.reminderAt()).isEqualTo(OffsetDateTime.parse("2013-01-25T23:59:59+01:00"));
    }

    @Test
    void withoutAChoiceTheConfiguredTermApplies() {
        CompletionDeadline due = CompletionDeadline.of(null, NOW, TERM, REMINDER);
        assertThat(due.due()).isEqualTo(NOW.plusDays(30));
        assertThat(due.day()).isEqualTo(LocalDate.of(2013, 2, 9));
        assertThat(CompletionDeadline.defaultDay(NOW, TERM)).isEqualTo(LocalDate.of(2013, 2, 9));
    }

    @Test
    void todayOrEarlierIsRefused() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2013, 1, 10), LocalDate.of(2012, 12, 31)}) {
            assertThatThrownBy(() -> CompletionDeadline.of(day, NOW, TERM, REMINDER))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("intake.deadlineNotInFuture"));
        }
    }

    @Test
    void aShortTermIsRemindedHalfwayRatherThanAtOnce() {
        CompletionDeadline due = CompletionDeadline.of(LocalDate.of(2013, 1, 13), NOW, TERM, REMINDER);
        assertThat(due.reminderAt()).isEqualTo(NOW.plus(Duration.between(NOW, due.due()).dividedBy(2)).withNano(0));
        assertThat(due.reminderAt()).isAfter(NOW).isBefore(due.due());
    }
}
