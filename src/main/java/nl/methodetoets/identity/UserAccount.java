package nl.methodetoets.identity;

import java.io.Serializable;
import java.util.Set;

/** A person as the application sees them; the password stays in the engine's identity service. */
public record UserAccount(String id, String name, String email, String organisation, Set<Role> roles) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
