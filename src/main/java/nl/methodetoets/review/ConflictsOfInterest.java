package nl.methodetoets.review;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.Identity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declared conflicts of interest: a reviewer names organisations whose studies they must not review. Assignment
 * reads them through {@link ConflictRules}; the reviewer's own organisation and a study's commissioning organisation
 * count without a declaration.
 */
@Service
@Transactional
public class ConflictsOfInterest {
    private final ConflictStore store;
    private final Identity identity;
    private final Clock clock;

    ConflictsOfInterest(ConflictStore store, Identity identity, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.clock = clock;
    }

    /** Records the declaration once; declaring the same organisation again changes nothing. */
    public DeclaredConflict declare(String userId, String organisationId, String reason) {
        identity.existingUser(userId);
        Validation v = new Validation().line(organisationId, "organisation", InputLimits.ID)
                .text(reason, "reason", InputLimits.REASON);
        v.require(v.has("organisation") || identity.organisation(organisationId).isPresent(),
                "organisation", "validation.organisation").throwIfInvalid();
        DeclaredConflict conflict = new DeclaredConflict(userId, organisationId, reason, OffsetDateTime.now(clock));
        if (!store.exists(userId, organisationId)) {
            store.insert(conflict);
        }
        return conflict;
    }

    @Transactional(readOnly = true)
    public List<DeclaredConflict> of(String userId) {
        return store.of(userId);
    }
}
