package nl.methodetoets.identity;

import java.time.OffsetDateTime;

public record DeclaredConflict(String userId, String organisation, String reason, OffsetDateTime declaredAt) {
}
