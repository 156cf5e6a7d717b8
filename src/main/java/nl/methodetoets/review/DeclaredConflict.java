package nl.methodetoets.review;

import java.time.OffsetDateTime;

/** A reviewer's declared conflict of interest with an organisation (belangenverstrengeling). */
public record DeclaredConflict(String userId, String organisation, String reason, OffsetDateTime declaredAt) {
}
