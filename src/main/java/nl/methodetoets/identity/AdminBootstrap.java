package nl.methodetoets.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start with an empty database, creates the ADMIN {@code admin} — before the web server accepts
 * requests, so the credentials work from the first request on. Also closes the webapps' anonymous
 * initial-setup door, which only opens while no Camunda administrator exists.
 *
 * <p>Several nodes may start at the same moment on one empty database (issue 14): each then finds no role groups and
 * no user and creates them, and all but one fail on the engine's unique keys. What this does is idempotent (it
 * creates only what is missing), so a node that failed rolls back, waits a moment and looks again; the second time
 * it finds what the other node made.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {
    static final String ADMIN_ID = "admin";
    static final String ADMIN_ORGANISATION = "methodetoets-beheer";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    /** Tries at most; more than two nodes starting at the same moment each get their turn. */
    private static final int ATTEMPTS = 5;

    private final Identity identity;
    private final TransactionTemplate tx;
    private final String configuredPassword;

    AdminBootstrap(Identity identity, TransactionTemplate tx, @Value("${methodetoets.admin-password:}") String password) {
        this.identity = identity;
        this.tx = tx;
        this.configuredPassword = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                bootstrap();
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.info("Creating the role groups and the first admin failed, most likely because another node did it at "
                        + "the same moment ({}); looking again", e.toString());
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(200, 1000));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void bootstrap() {
        tx.executeWithoutResult(status -> {
            identity.ensureRoleGroups();
            if (identity.anyUserExists()) {
                return;
            }
            boolean generated = configuredPassword == null || configuredPassword.isBlank();
            String password = generated ? randomPassword() : configuredPassword;
            if (identity.organisation(ADMIN_ORGANISATION).isEmpty()) {
                identity.createOrganisation(new Organisation(ADMIN_ORGANISATION, "Beheer Methodetoets", OrganisationType.OVERIG));
            }
            identity.createUser(new NewUser(ADMIN_ID, "Beheerder", "beheer@methodetoets.invalid", password,
                    ADMIN_ORGANISATION, Set.of(Role.ADMIN)));
            if (generated) {
                log.warn("Created user '{}' with generated password: {}  (shown once; set METHODETOETS_ADMIN_PASSWORD to choose it)",
                        ADMIN_ID, password);
            } else {
                log.info("Created user '{}' with the password from METHODETOETS_ADMIN_PASSWORD", ADMIN_ID);
            }
        });
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
