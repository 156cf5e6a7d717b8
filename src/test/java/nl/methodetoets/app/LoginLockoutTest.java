package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import nl.methodetoets.browser.Browser;
import nl.methodetoets.testing.MovableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Issue 10: wrong passwords lock an account name for 15 minutes at most, never for good, also {@code admin}; the
 * login page and the API say so and until when; an ADMIN lifts a lock at once. Time passes on the app's clock.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(LoginLockoutTest.Time.class)
class LoginLockoutTest extends ApplicationTestBase {
    private static final int MAX_FAILURES = 10;
    private static final Duration LOCK = Duration.ofMinutes(15);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(20));
        }
    }

    @Autowired
    MovableClock clock;

    @BeforeAll
    void people() {
        Scenario people = new Scenario(port, admin()).organisations("llt-ministerie");
        for (String id : new String[] {"llt-a", "llt-b", "llt-c", "llt-d", "llt-e", "llt-f", "llt-shot"}) {
            people.user(id, "llt-ministerie", "REVIEWER");
        }
    }

    @Test
    void tenWrongPasswordsLockForFifteenMinutesThenTheRightPasswordWorks() {
        for (int i = 1; i < MAX_FAILURES; i++) {
            UiSession.Page page = formLogin("llt-a", "fout-" + i);
            assertThat(page.body()).as("failure %d", i).contains("Onjuiste gebruikersnaam of wachtwoord")
                    .doesNotContain("tijdelijk geblokkeerd");
        }
        Instant lockedAt = clock.instant();
        String until = shown(lockedAt.plus(LOCK));
        UiSession.Page tenth = formLogin("llt-a", "fout-10");
        assertThat(tenth.body()).contains("Dit account is tijdelijk geblokkeerd na te veel onjuiste wachtwoorden, tot "
                + until + " uur").doesNotContain("Onjuiste gebruikersnaam");

        // the right password is refused while the lock runs, on the login page and in the API, in both languages
        clock.advance(Duration.ofMinutes(14));
        assertThat(formLogin("llt-a", Scenario.PASSWORD).body()).contains("tijdelijk geblokkeerd", "tot " + until + " uur");
        ApiClient.Response api = new ApiClient(port, "llt-a", Scenario.PASSWORD).get("/api/users/llt-a");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(api.json().get("detail").asText()).contains("tijdelijk geblokkeerd", "tot " + until + " uur");
        assertThat(api.json().get("lockedUntil").asText()).isEqualTo(lockedAt.plus(LOCK).toString());
        assertThat(Long.parseLong(api.headers().getFirst("Retry-After"))).isBetween(59L, 61L);
        ApiClient.Response english = new ApiClient(port, "llt-a", Scenario.PASSWORD).get("/api/users/llt-a", "en");
        assertThat(english.json().get("detail").asText())
                .startsWith("This account is temporarily locked after too many wrong passwords, until " + until);

        // wrong passwords during the lock do not lengthen it
        for (int i = 0; i < 20; i++) {
            formLogin("llt-a", "nog-fout-" + i);
        }
        clock.advance(Duration.ofMinutes(1));
        UiSession.login(port, "llt-a", Scenario.PASSWORD);
        assertThat(new ApiClient(port, "llt-a", Scenario.PASSWORD).get("/api/users/llt-a").status()).isEqualTo(200);
    }

    @Test
    void theEnglishLoginPageSaysItInEnglish() {
        lock("llt-e");
        UiSession english = UiSession.anonymous(port);
        english.get("/login?lang=en");
        UiSession.Page page = formLogin(english, "llt-e", Scenario.PASSWORD);
        assertThat(page.body()).contains("This account is temporarily locked after too many wrong passwords, until "
                + shown(clock.instant().plus(LOCK)));
        liftByApi("llt-e");
    }

    @Test
    void theEnginesPermanentLockIsGoneAndFailuresLongAgoAreForgotten() {
        // 9 + 9 wrong passwords with 16 minutes between: no lock (the count forgets failures 15 minutes old)
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            formLogin("llt-b", "fout");
        }
        clock.advance(Duration.ofMinutes(16));
        for (int i = 0; i < MAX_FAILURES - 1; i++) {
            formLogin("llt-b", "fout");
        }
        // 18 wrong passwords without a success between: the engine's old limit of 10 would have locked for good
        assertThat(new ApiClient(port, "llt-b", Scenario.PASSWORD).get("/api/users/llt-b").status()).isEqualTo(200);

        // two full locks one after the other (27 wrong passwords in all): each ends by itself
        for (int round = 0; round < 2; round++) {
            lock("llt-b");
            assertThat(new ApiClient(port, "llt-b", Scenario.PASSWORD).get("/api/users/llt-b").status()).isEqualTo(401);
            clock.advance(LOCK);
        }
        assertThat(new ApiClient(port, "llt-b", Scenario.PASSWORD).get("/api/users/llt-b").status()).isEqualTo(200);
    }

    @Test
    void anAccountThatDoesNotExistBehavesTheSame() {
        String until = shown(clock.instant().plus(LOCK));
        for (int i = 1; i < MAX_FAILURES; i++) {
            assertThat(formLogin("llt-bestaat-niet", "fout").body()).contains("Onjuiste gebruikersnaam of wachtwoord");
        }
        assertThat(formLogin("llt-bestaat-niet", "fout").body()).contains("tijdelijk geblokkeerd", "tot " + until + " uur");
        ApiClient.Response api = new ApiClient(port, "llt-bestaat-niet", "fout").get("/api/users/llt-a");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.json().get("detail").asText()).contains("tijdelijk geblokkeerd", "tot " + until + " uur");
    }

    @Test
    void anAdminLiftsALockAtOnceFromTheUsersPage() {
        lock("llt-c");
        UiSession admin = UiSession.login(port, "admin", ADMIN_PASSWORD);
        UiSession.Page users = admin.get("/admin/users");
        assertThat(users.status()).isEqualTo(200);
        String row = row(users.body(), "llt-c");
        assertThat(row).contains("Geblokkeerd tot " + shown(clock.instant().plus(LOCK)) + " uur", "Blokkade opheffen");
        assertThat(row(users.body(), "llt-d")).contains("Niet geblokkeerd").doesNotContain("Blokkade opheffen");

        UiSession.Page lifted = admin.postForm("/admin/users/llt-c/unlock",
                Map.of("_csrf", UiSession.hidden(users.body(), "_csrf")));
        assertThat(lifted.status()).isEqualTo(302);
        assertThat(lifted.location()).endsWith("/admin/users");
        assertThat(admin.get("/admin/users").body()).contains("De blokkade van llt-c is opgeheven.");
        assertThat(row(admin.get("/admin/users").body(), "llt-c")).contains("Niet geblokkeerd");
        UiSession.login(port, "llt-c", Scenario.PASSWORD);

        // without the CSRF token, or as someone who is not ADMIN, nothing is lifted
        lock("llt-c");
        assertThat(admin.postForm("/admin/users/llt-c/unlock", Map.of()).status()).isEqualTo(403);
        UiSession reviewer = UiSession.login(port, "llt-d", Scenario.PASSWORD);
        assertThat(reviewer.get("/admin/users").status()).isEqualTo(403);
        String csrf = UiSession.hidden(reviewer.get("/").body(), "_csrf");
        assertThat(reviewer.postForm("/admin/users/llt-c/unlock", Map.of("_csrf", csrf)).status()).isEqualTo(403);
        assertThat(new ApiClient(port, "llt-c", Scenario.PASSWORD).get("/api/users/llt-c").status()).isEqualTo(401);
        liftByApi("llt-c");
    }

    @Test
    void anAdminLiftsALockThroughTheApi() throws Exception {
        lock("llt-f");
        assertThat(delete("/api/users/llt-f/lock", "llt-d", Scenario.PASSWORD)).isEqualTo(403);
        assertThat(delete("/api/users/llt-f/lock", null, null)).isEqualTo(401);
        assertThat(delete("/api/users/llt-niemand/lock", "admin", ADMIN_PASSWORD)).isEqualTo(404);
        assertThat(new ApiClient(port, "llt-f", Scenario.PASSWORD).get("/api/users/llt-f").status()).isEqualTo(401);
        assertThat(delete("/api/users/llt-f/lock", "admin", ADMIN_PASSWORD)).isEqualTo(204);
        assertThat(new ApiClient(port, "llt-f", Scenario.PASSWORD).get("/api/users/llt-f").status()).isEqualTo(200);
    }

    @Test
    void theAdminAccountIsLockedFifteenMinutesAtMost() {
        for (int i = 1; i < MAX_FAILURES; i++) {
            ApiClient.Response wrong = new ApiClient(port, "admin", "geraden-" + i).get("/api/users");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("detail").asText()).isEqualTo("Log in om verder te gaan.");
        }
        // the wrong password that locks is told so already
        ApiClient.Response tenth = new ApiClient(port, "admin", "geraden-10").get("/api/users");
        assertThat(tenth.status()).isEqualTo(401);
        assertThat(tenth.json().get("detail").asText()).contains("tijdelijk geblokkeerd",
                "tot " + shown(clock.instant().plus(LOCK)) + " uur");
        assertThat(tenth.headers().getFirst("Retry-After")).isEqualTo("901");
        assertThat(admin().get("/api/users").status()).isEqualTo(401);
        assertThat(admin().get("/api/users").json().get("detail").asText()).contains("tijdelijk geblokkeerd");
        // still trying, from "outside", all the time: the lock does not grow
        for (int minute = 0; minute < 14; minute++) {
            clock.advance(Duration.ofMinutes(1));
            new ApiClient(port, "admin", "nog-een-" + minute).get("/api/users");
        }
        assertThat(admin().get("/api/users").status()).isEqualTo(401);
        clock.advance(Duration.ofMinutes(1));
        assertThat(admin().get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void oddBasicHeadersAreAPlain401() throws Exception {
        for (String authorization : new String[] {"Basic %%%not-base64%%%", "Basic " + Base64.getEncoder()
                .encodeToString(("x".repeat(3000) + ":y").getBytes(StandardCharsets.UTF_8)), "Basic Onk=", "Basic"}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/users"))
                    .header("Authorization", authorization).GET().build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(authorization.substring(0, Math.min(30, authorization.length()))).isEqualTo(401);
        }
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void screenshotsOfTheLockMessageAndTheUsersPage() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "Debian chromium not installed");
        lock("llt-shot");
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.type("username", "llt-shot");
            browser.type("password", Scenario.PASSWORD);
            browser.find(By.cssSelector("form button[type=submit].primary")).click();
            browser.waitForText("tijdelijk geblokkeerd");
            browser.screenshot("lockout-login");
            browser.login("admin", ADMIN_PASSWORD);
            browser.open("/admin/users");
            browser.waitForText("Blokkade opheffen");
            browser.screenshot("lockout-users");
            browser.find(By.cssSelector("tr[data-user='llt-shot'] form button")).click();
            browser.waitForText("De blokkade van llt-shot is opgeheven.");
            browser.screenshot("lockout-users-lifted");
        }
        UiSession.login(port, "llt-shot", Scenario.PASSWORD);
    }

    /** Issue 13: a script's Basic credentials, verified a moment ago, do not outlive a lock counted since. */
    @Test
    void aClientVerifiedJustBeforeTheLockIsRefusedOnceItIsLocked() {
        new Scenario(port, admin()).user("llt-g", "llt-ministerie", "REVIEWER");
        ApiClient script = new ApiClient(port, "llt-g", Scenario.PASSWORD);
        assertThat(script.get("/api/users/llt-g").status()).isEqualTo(200);
        assertThat(script.get("/api/users/llt-g").status()).isEqualTo(200);

        lock("llt-g");

        ApiClient.Response refused = script.get("/api/users/llt-g");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("tijdelijk geblokkeerd");
        liftByApi("llt-g");
        assertThat(script.get("/api/users/llt-g").status()).isEqualTo(200);
    }

    private void lock(String user) {
        for (int i = 0; i < MAX_FAILURES; i++) {
            formLogin(user, "fout-" + i);
        }
    }

    private void liftByApi(String user) {
        try {
            assertThat(delete("/api/users/" + user + "/lock", "admin", ADMIN_PASSWORD)).isEqualTo(204);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A form sign-in in a fresh browser session; returns the page it lands on (the login page after a failure). */
    private UiSession.Page formLogin(String user, String password) {
        return formLogin(UiSession.anonymous(port), user, password);
    }

    private static UiSession.Page formLogin(UiSession session, String user, String password) {
        String csrf = UiSession.hidden(session.get("/login").body(), "_csrf");
        UiSession.Page done = session.postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf));
        assertThat(done.status()).isEqualTo(302);
        return done.location().contains("error") ? session.get("/login?error") : done;
    }

    private int delete(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The table row of one user on the users page. */
    private static String row(String html, String user) {
        int start = html.indexOf("data-user=\"" + user + "\"");
        assertThat(start).as("row of " + user).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** A lock's end as the pages show it: Dutch time, rounded up to the minute. */
    private static String shown(Instant until) {
        Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
        Instant up = minute.equals(until) ? minute : minute.plus(1, ChronoUnit.MINUTES);
        return HH_MM.format(up.atZone(ZoneId.of("Europe/Amsterdam")));
    }
}
