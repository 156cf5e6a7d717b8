package nl.methodetoets.review.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.methodetoets.identity.Identity;
import nl.methodetoets.identity.UserAccount;
import org.springframework.stereotype.Component;

/** Reviewers' display names for the chair's pages, looked up once per page (a study has two or three reviewers). */
@Component
class ReviewerNames {
    private final Identity identity;

    ReviewerNames(Identity identity) {
        this.identity = identity;
    }

    /** Name by id; an unknown id stands for itself. */
    Map<String, String> of(Collection<String> reviewerIds) {
        Map<String, String> names = new LinkedHashMap<>();
        reviewerIds.stream().distinct().forEach(id -> names.put(id, identity.user(id).map(UserAccount::name)
                .filter(name -> !name.isBlank()).orElse(id)));
        return names;
    }
}
