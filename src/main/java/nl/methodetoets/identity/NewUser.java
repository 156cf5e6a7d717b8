package nl.methodetoets.identity;

import java.util.Set;

public record NewUser(String id, String name, String email, String password, String organisation, Set<Role> roles) {
}
