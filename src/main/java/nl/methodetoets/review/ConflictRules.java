package nl.methodetoets.review;

import java.util.Optional;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import org.springframework.stereotype.Component;

/** Conflict of interest: the study's own organisation, its commissioning organisation, or a declared conflict. */
@Component
class ConflictRules {
    private final ConflictStore declarations;

    ConflictRules(ConflictStore declarations) {
        this.declarations = declarations;
    }

    Optional<String> conflict(UserAccount reviewer, Study study) {
        String organisation = reviewer.organisation();
        if (organisation != null && organisation.equals(study.organisation())) {
            return Optional.of("SAME_ORGANISATION");
        }
        if (organisation != null && organisation.equals(study.metadata().commissionedBy())) {
            return Optional.of("COMMISSIONING_ORGANISATION");
        }
        boolean declared = declarations.of(reviewer.id()).stream().anyMatch(c ->
                c.organisation().equals(study.organisation()) || c.organisation().equals(study.metadata().commissionedBy()));
        return declared ? Optional.of("DECLARED_CONFLICT") : Optional.empty();
    }
}
