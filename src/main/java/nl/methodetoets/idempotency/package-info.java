/**
 * Idempotent writes (API.md): a request with an {@code Idempotency-Key} runs once per (user, method, path, key);
 * a repeat gets the first result back, a different body under the same key is refused.
 */
@ApplicationModule(displayName = "Idempotency", allowedDependencies = {})
package nl.methodetoets.idempotency;

import org.springframework.modulith.ApplicationModule;
