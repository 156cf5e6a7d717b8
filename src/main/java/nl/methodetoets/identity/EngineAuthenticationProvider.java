package nl.methodetoets.identity;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Signs people in against the engine's identity service, so the app and the Camunda webapps share one password.
 * Wrong passwords count towards a temporary lock of the account name ({@link LoginLockout}); while it runs every
 * sign-in with that name is refused with {@link AccountLockedException}, before the password is looked at.
 * Credentials verified a moment ago are taken without asking the engine again ({@link VerifiedCredentials}).
 */
@Component
class EngineAuthenticationProvider implements AuthenticationProvider {
    private final Identity identity;
    private final LoginLockout lockout;
    private final VerifiedCredentials verified;

    EngineAuthenticationProvider(Identity identity, LoginLockout lockout, VerifiedCredentials verified) {
        this.identity = identity;
        this.lockout = lockout;
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? null : credentials.toString();
        Optional<UserAccount> known = verified.verified(userId, password);
        if (known.isPresent()) {
            return authenticated(known.get());
        }
        long mark = verified.beginCheck();
        Optional<LoginLockout.State> counted = lockout.state(userId);
        if (counted.isPresent() && counted.get().locked()) {
            throw new AccountLockedException(counted.get().lockedUntil());
        }
        if (password == null || !checkPassword(userId, password)) {
            verified.forget(userId);
            lockout.recordFailure(userId).ifPresent(until -> {
                LockedAccountFilter.lockedNow(until);
                throw new AccountLockedException(until);
            });
            throw new BadCredentialsException("Bad credentials");
        }
        if (counted.isPresent()) {
            lockout.recordSuccess(userId);
        }
        UserAccount user = identity.existingUser(userId);
        verified.remember(userId, password, user, mark);
        return authenticated(user);
    }

    private static Authentication authenticated(UserAccount user) {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(new SignedInUser(user), null, authorities);
    }

    private boolean checkPassword(String userId, String password) {
        try {
            return identity.checkPassword(userId, password);
        } catch (OptimisticLockingException e) {
            // two wrong passwords for one account at the same moment (the engine counts them in the user's row):
            // this one is refused like a wrong one, it is counted in our table all the same
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
