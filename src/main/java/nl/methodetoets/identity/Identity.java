package nl.methodetoets.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.ConflictException;
import nl.methodetoets.common.NotFoundException;
import nl.methodetoets.common.Validation;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place for people: users, passwords and roles are kept in the engine's identity service (so the
 * Camunda webapps know the same people), organisations and memberships in our own tables.
 */
@Service
@Transactional
public class Identity {
    /** The engine's built-in administrators group; ADMINs are members so Cockpit and Admin open for them. */
    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /** Accounts remembered at most; then the memory starts afresh. */
    private static final int MAX_REMEMBERED_ACCOUNTS = 10_000;

    private final IdentityService engineIdentity;
    private final IdentityStore store;
    private final Clock clock;
    private final Duration accountTtl;
    /** Accounts as read from the engine a moment ago, by user id: see {@link #user}. */
    private final Map<String, Remembered> accounts = new ConcurrentHashMap<>();

    private record Remembered(UserAccount account, Instant until) {
    }

    Identity(IdentityService engineIdentity, IdentityStore store, Clock clock,
             @Value("${methodetoets.identity.verified-credentials-ttl:PT30S}") Duration accountTtl) {
        this.engineIdentity = engineIdentity;
        this.store = store;
        this.clock = clock;
        this.accountTtl = accountTtl;
    }

    public Organisation createOrganisation(Organisation organisation) {
        new Validation()
                .require(organisation.id() != null && ID.matcher(organisation.id()).matches(), "id", "validation.id")
                .notBlank(organisation.name(), "name")
                .line(organisation.name(), "name", InputLimits.ORGANISATION_NAME)
                .require(organisation.type() != null, "type", "validation.required")
                .throwIfInvalid();
        if (store.organisation(organisation.id()).isPresent()) {
            throw new ConflictException("organisation.exists", organisation.id());
        }
        store.insertOrganisation(organisation);
        return organisation;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return store.organisations();
    }

    /**
     * The organisations a study can come from or be commissioned by: every organisation but the system's own
     * administrative one, which the first start creates for the built-in {@code admin}.
     */
    @Transactional(readOnly = true)
    public List<Organisation> studyOrganisations() {
        return store.organisations().stream().filter(o -> !o.id().equals(AdminBootstrap.ADMIN_ORGANISATION)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> organisation(String id) {
        return id == null ? Optional.empty() : store.organisation(id);
    }

    /** The organisation's display name, or its id when unknown. */
    @Transactional(readOnly = true)
    public String organisationName(String id) {
        return organisation(id).map(Organisation::name).orElse(id);
    }

    /** Every organisation's name by its id, in one query: what a page of studies needs to name them all. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> organisationNames() {
        return store.organisations().stream().collect(java.util.stream.Collectors.toMap(
                Organisation::id, Organisation::name, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    public UserAccount createUser(NewUser user) {
        new Validation()
                .require(user.id() != null && ID.matcher(user.id()).matches(), "id", "validation.id")
                .notBlank(user.name(), "name")
                .line(user.name(), "name", InputLimits.PERSON_NAME)
                .require(user.email() != null && user.email().matches("[^@\\s]+@[^@\\s]+"), "email", "validation.email")
                .line(user.email(), "email", InputLimits.EMAIL)
                .require(user.password() != null && user.password().length() >= 8, "password", "validation.password")
                .line(user.password(), "password", InputLimits.PASSWORD)
                .require(user.organisation() != null && store.organisation(user.organisation()).isPresent(),
                        "organisation", "validation.organisation")
                .require(user.roles() != null && !user.roles().isEmpty(), "roles", "validation.roles")
                .throwIfInvalid();
        if (engineIdentity.createUserQuery().userId(user.id()).count() > 0) {
            throw new ConflictException("user.exists", user.id());
        }
        ensureRoleGroups();
        User engineUser = engineIdentity.newUser(user.id());
        String[] names = user.name().trim().split("\\s+", 2);
        engineUser.setFirstName(names[0]);
        engineUser.setLastName(names.length > 1 ? names[1] : "");
        engineUser.setEmail(user.email());
        engineUser.setPassword(user.password());
        engineIdentity.saveUser(engineUser);
        for (Role role : user.roles()) {
            engineIdentity.createMembership(user.id(), role.name());
        }
        if (user.roles().contains(Role.ADMIN)) {
            engineIdentity.createMembership(user.id(), CAMUNDA_ADMIN_GROUP);
        }
        store.insertMembership(user.id(), user.organisation());
        accounts.remove(user.id());
        return user(user.id()).orElseThrow();
    }

    /**
     * The user's account: name, e-mail, organisation and roles. An account read from the engine is used again for
     * {@code methodetoets.identity.verified-credentials-ttl} (30 s), the time a verified HTTP Basic client already
     * keeps its account: a notification or an assignment check reads the same few people many times a minute, and each
     * reading was three queries (issue 13). A change made in the Camunda admin webapp shows within that time;
     * {@code PT0S} reads every time. Unknown ids are not remembered.
     */
    @Transactional(readOnly = true)
    public Optional<UserAccount> user(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Remembered remembered = accounts.get(id);
        if (remembered != null && now.isBefore(remembered.until())) {
            return Optional.of(remembered.account());
        }
        User u = engineIdentity.createUserQuery().userId(id).singleResult();
        Optional<UserAccount> account = Optional.ofNullable(u).map(this::account);
        if (account.isPresent() && !accountTtl.isZero() && !accountTtl.isNegative()) {
            if (accounts.size() >= MAX_REMEMBERED_ACCOUNTS) {
                accounts.clear();
            }
            accounts.put(id, new Remembered(account.get(), now.plus(accountTtl)));
        } else {
            accounts.remove(id);
        }
        return account;
    }

    /** The signed-in user of a request, as loaded at sign-in (no second look-up). */
    @Transactional(readOnly = true)
    public UserAccount current(Authentication who) {
        return who.getPrincipal() instanceof SignedInUser signedIn ? signedIn.account() : existingUser(who.getName());
    }

    public UserAccount existingUser(String id) {
        return user(id).orElseThrow(() -> new NotFoundException("user.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(Role role) {
        var query = engineIdentity.createUserQuery();
        if (role != null) {
            query.memberOfGroup(role.name());
        }
        return query.orderByUserId().asc().list().stream().map(this::account).toList();
    }

    /** Checks a password against the engine's identity service (which also counts failures and locks: it writes). */
    public boolean checkPassword(String userId, String password) {
        return userId != null && password != null && engineIdentity.checkPassword(userId, password);
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return engineIdentity.createUserQuery().count() > 0;
    }

    /** Creates the engine groups that stand for the roles, once. */
    void ensureRoleGroups() {
        for (Role role : Role.values()) {
            ensureGroup(role.name(), role.name(), "WORKFLOW");
        }
        ensureGroup(CAMUNDA_ADMIN_GROUP, "Camunda BPM Administrators", "SYSTEM");
    }

    private void ensureGroup(String id, String name, String type) {
        if (engineIdentity.createGroupQuery().groupId(id).count() == 0) {
            Group group = engineIdentity.newGroup(id);
            group.setName(name);
            group.setType(type);
            engineIdentity.saveGroup(group);
        }
    }

    private UserAccount account(User u) {
        Set<Role> roles = engineIdentity.createGroupQuery().groupMember(u.getId()).list().stream()
                .map(Group::getId)
                .filter(id -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(id)))
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).trim();
        return new UserAccount(u.getId(), name, u.getEmail(), store.organisationOf(u.getId()).orElse(null), roles);
    }
}
