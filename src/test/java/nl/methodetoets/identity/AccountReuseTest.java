package nl.methodetoets.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.methodetoets.testing.MovableClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * An account read from the engine is reused for the verified-credentials time, so a role changed in the Camunda admin
 * webapp shows once that time has passed; with {@code PT0S} it shows at once.
 */
class AccountReuseTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    private final IdentityService engine = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final IdentityStore store = mock(IdentityStore.class);

    @Test
    void aRoleChangedInTheEngineShowsAfterTheTimeToLive() {
        Identity identity = personWithRole(Duration.ofSeconds(30), "REVIEWER");
        assertThat(identity.user("jdevries").orElseThrow().roles()).containsExactly(Role.REVIEWER);

        givenRole("CHAIR");
        clock.advance(Duration.ofSeconds(29));
        assertThat(identity.user("jdevries").orElseThrow().roles()).containsExactly(Role.REVIEWER);
        clock.advance(Duration.ofSeconds(1));
        assertThat(identity.user("jdevries").orElseThrow().roles()).containsExactly(Role.CHAIR);
    }

    @Test
    void withoutATimeToLiveEveryReadAsksTheEngine() {
        Identity identity = personWithRole(Duration.ZERO, "REVIEWER");
        assertThat(identity.user("jdevries").orElseThrow().roles()).containsExactly(Role.REVIEWER);
        givenRole("CHAIR");
        assertThat(identity.user("jdevries").orElseThrow().roles()).containsExactly(Role.CHAIR);
    }

    @Test
    void anUnknownUserIsAskedForAgain() {
        Identity identity = personWithRole(Duration.ofSeconds(30), "REVIEWER");
        when(engine.createUserQuery().userId("nieuw").singleResult()).thenReturn(null);
        assertThat(identity.user("nieuw")).isEmpty();
        User created = user("nieuw");
        when(engine.createUserQuery().userId("nieuw").singleResult()).thenReturn(created);
        List<Group> groups = List.of(group("SUBMITTER"));
        when(engine.createGroupQuery().groupMember("nieuw").list()).thenReturn(groups);
        assertThat(identity.user("nieuw").orElseThrow().roles()).containsExactly(Role.SUBMITTER);
    }

    private Identity personWithRole(Duration ttl, String role) {
        User jan = user("jdevries");
        when(engine.createUserQuery().userId("jdevries").singleResult()).thenReturn(jan);
        when(store.organisationOf("jdevries")).thenReturn(Optional.of("universiteit-utrecht"));
        givenRole(role);
        return new Identity(engine, store, clock, ttl);
    }

    private void givenRole(String role) {
        List<Group> groups = List.of(group(role));
        when(engine.createGroupQuery().groupMember("jdevries").list()).thenReturn(groups);
    }

    private static User user(String id) {
        User user = mock(User.class);
        when(user.getId()).thenReturn(id);
        when(user.getFirstName()).thenReturn("Jan");
        when(user.getLastName()).thenReturn("de Vries");
        return user;
    }

    private static Group group(String id) {
        Group group = mock(Group.class);
        when(group.getId()).thenReturn(id);
        return group;
    }
}
