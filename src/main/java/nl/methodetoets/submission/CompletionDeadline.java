package nl.methodetoets.submission;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import nl.methodetoets.common.InvalidInputException;

/**
 * When a requested completion is due and when the submitter is reminded. A chosen date means "up to and including
 * that day" in Dutch time; without one the configured term applies. A reminder that would fall in the past (a
 * short term) moves to halfway, so the submitter is not reminded the moment they are asked.
 */
record CompletionDeadline(OffsetDateTime due, OffsetDateTime reminderAt, LocalDate day) {
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    static CompletionDeadline of(LocalDate chosen, OffsetDateTime now, Duration term, Duration reminderBefore) {
        OffsetDateTime due;
        if (chosen == null) {
            due = now.plus(term).truncatedTo(ChronoUnit.SECONDS);
        } else {
            if (!chosen.isAfter(now.atZoneSameInstant(DUTCH_TIME).toLocalDate())) {
                throw new InvalidInputException("deadline", "intake.deadlineNotInFuture");
            }
            due = chosen.atTime(LocalTime.of(23, 59, 59)).atZone(DUTCH_TIME).toOffsetDateTime();
        }
        OffsetDateTime reminder = due.minus(reminderBefore);
        if (!reminder.isAfter(now)) {
            reminder = now.plus(Duration.between(now, due).dividedBy(2)).truncatedTo(ChronoUnit.SECONDS);
        }
        return new CompletionDeadline(due, reminder, due.atZoneSameInstant(DUTCH_TIME).toLocalDate());
    }

    /** The default date the intake form proposes. */
    static LocalDate defaultDay(OffsetDateTime now, Duration term) {
        return now.plus(term).atZoneSameInstant(DUTCH_TIME).toLocalDate();
    }
}
