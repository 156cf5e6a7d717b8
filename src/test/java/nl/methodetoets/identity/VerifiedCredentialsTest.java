package nl.methodetoets.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.methodetoets.testing.MovableClock;
import org.junit.jupiter.api.Test;

/** What a verified name and password may skip, and when it must be checked in full again (issue 13). */
class VerifiedCredentialsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final VerifiedCredentials verified = new VerifiedCredentials(clock, Duration.ofSeconds(30));
    private final UserAccount reviewer = new UserAccount("r1", "Reviewer", "r1@example.org", "org", Set.of(Role.REVIEWER));

    @Test
    void theSameNameAndPasswordAreTakenWithinTheTimeToLiveOnly() {
        verified.remember("r1", "geheim-1", reviewer, verified.beginCheck());

        assertThat(verified.verified("r1", "geheim-1")).contains(reviewer);
        clock.advance(Duration.ofSeconds(29));
        assertThat(verified.verified("r1", "geheim-1")).contains(reviewer);
        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.verified("r1", "geheim-1")).isEmpty();
    }

    @Test
    void anotherPasswordOrNameIsNeverTaken() {
        verified.remember("r1", "geheim-1", reviewer, verified.beginCheck());

        assertThat(verified.verified("r1", "geheim-2")).isEmpty();
        assertThat(verified.verified("r1", "")).isEmpty();
        assertThat(verified.verified("r1", null)).isEmpty();
        assertThat(verified.verified("r2", "geheim-1")).isEmpty();
        // the name is part of what is hashed: "r" + "1geheim-1" is not "r1" + "geheim-1"
        assertThat(verified.verified("r", "1geheim-1")).isEmpty();
    }

    @Test
    void aWrongPasswordEndsTheEntryAtOnce() {
        verified.remember("r1", "geheim-1", reviewer, verified.beginCheck());

        verified.forget("r1");

        assertThat(verified.verified("r1", "geheim-1")).isEmpty();
    }

    @Test
    void aCheckDuringWhichAWrongPasswordWasRecordedIsNotRemembered() {
        long mark = verified.beginCheck();
        verified.forget("r1"); // another request's wrong password, while this check ran

        verified.remember("r1", "geheim-1", reviewer, mark);

        assertThat(verified.verified("r1", "geheim-1")).isEmpty();
    }

    @Test
    void aTimeToLiveOfZeroRemembersNothing() {
        VerifiedCredentials never = new VerifiedCredentials(clock, Duration.ZERO);

        never.remember("r1", "geheim-1", reviewer, never.beginCheck());

        assertThat(never.verified("r1", "geheim-1")).isEmpty();
    }
}
