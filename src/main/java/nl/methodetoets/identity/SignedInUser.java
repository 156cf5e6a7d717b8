package nl.methodetoets.identity;

import java.io.Serializable;
import java.security.Principal;

/**
 * The principal of an authenticated request: the account as loaded at sign-in, so a request does not load the
 * user again. Its name is the user id. (A browser session keeps it until sign-out.)
 */
record SignedInUser(UserAccount account) implements Principal, Serializable {

    @Override
    public String getName() {
        return account.id();
    }
}
