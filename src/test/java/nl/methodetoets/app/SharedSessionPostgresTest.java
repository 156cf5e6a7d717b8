package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * UI sessions on the postgres profile live in the database (Spring Session JDBC), so a browser signed in on one node
 * of a cluster is signed in on every node. Two nodes on one PostgreSQL: this test's context, and a second node in a
 * separate JVM (it shares nothing with the first but the database, so an in-memory session could never be found
 * there). One browser (one cookie jar) sends its requests now to one node, now to the other, as a load balancer
 * without sticky sessions would. What is kept in the session goes through the database on the way: the CSRF token,
 * the signed-in person, a failed sign-in (the locked account's exception), flash attributes, the Camunda webapps'
 * authentications and their CSRF token; one that could not be serialized would fail its request.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedSessionPostgresTest extends PostgresApplicationTestBase {
    private static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    JdbcTemplate jdbc;

    private Process secondNode;
    private int secondPort;

    @BeforeAll
    void startSecondNode() throws IOException {
        Path logs = Files.createDirectories(Path.of("target", "shared-session"));
        Path log = logs.resolve("node-2.log");
        secondPort = ChildApps.freePort();
        // a web-only node (no job executor): what matters here is its own Tomcat and its own memory
        secondNode = ChildApps.startNode(ChildApps.Launch.CLASSES, "512m", postgres, secondPort,
                Files.createTempDirectory("methodetoets-node-2-"), log,
                "--methodetoets.demo.enabled=false", "--camunda.bpm.job-execution.enabled=false");
        ChildApps.awaitUp(secondNode, secondPort, log);
    }

    @AfterAll
    void stopSecondNode() throws InterruptedException {
        if (secondNode != null) {
            secondNode.destroy();
            if (!secondNode.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                secondNode.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void aBrowserSignedInOnOneNodeIsSignedInOnTheOther() {
        Browser browser = new Browser();
        Response form = browser.get(port, "/login");
        String cookie = form.setCookie("JSESSIONID");
        assertThat(cookie).as("the cookie keeps Tomcat's name and the attributes of server.servlet.session.cookie")
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/").doesNotContain("Secure");

        // the login form of node 1, posted to node 2: its CSRF token is found in the database
        Response signedIn = browser.postForm(secondPort, "/login", Map.of("username", "admin",
                "password", ApplicationTestBase.ADMIN_PASSWORD, "_csrf", UiSession.hidden(form.body(), "_csrf")));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
        assertThat(signedIn.location()).doesNotContain("error");
        assertThat(signedIn.setCookie("JSESSIONID")).as("a new session id at sign-in").isNotEqualTo(cookie);

        assertThat(principalOf(browser.sessionId())).as("the session's row").isEqualTo("admin");
        for (int node : List.of(port, secondPort, port, secondPort)) {
            Response home = browser.get(node, "/");
            assertThat(home.status()).as("the task list on port %d", node).isEqualTo(200);
            assertThat(home.body()).contains("action=\"/logout\"");
        }
        assertThat(new Browser().get(secondPort, "/").status()).as("without the cookie").isIn(302, 401);

        // signing out on one node ends the session on both: its row is gone
        Response home = browser.get(port, "/");
        String sessionId = browser.sessionId();
        Response signedOut = browser.postForm(secondPort, "/logout", Map.of("_csrf", UiSession.hidden(home.body(), "_csrf")));
        assertThat(signedOut.status()).as("signed out (204 for a client that does not ask for HTML)").isIn(204, 302);
        assertThat(signedOut.setCookie("JSESSIONID")).as("the cookie removed").contains("Max-Age=0");
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, sessionId))
                .isZero();
        browser.cookies.put("JSESSIONID", Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8)));
        assertThat(browser.get(port, "/").status()).as("the old cookie after sign-out").isIn(302, 401);
    }

    @Test
    void theSessionsAreInPostgreSqlAndAnAttributeIsUpserted(@Autowired JdbcIndexedSessionRepository sessions) {
        // identity/SharedSessions: concurrent requests of one session that each add the same attribute do not clash
        assertThat((String) ReflectionTestUtils.getField(sessions, "createSessionAttributeQuery")).contains("ON CONFLICT");
    }

    @Test
    void theSessionCookieIsSecureWhenTheBrowserCameOverTls() {
        Response overTls = new Browser().get(secondPort, "/login", "X-Forwarded-Proto", "https");
        assertThat(overTls.setCookie("JSESSIONID")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void basicCredentialsAndThePublicRegisterMakeNoSession() {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + ApplicationTestBase.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/", "/admin/users", "/api/studies")) {
            Response response = new Browser().get(secondPort, path, "Authorization", basic);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.setCookies()).as(path).noneMatch(c -> c.startsWith("JSESSIONID"));
        }
        assertThat(new Browser().get(port, "/openbaar").setCookies()).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void aFlashAttributeMadeOnOneNodeIsShownByTheOther() {
        Browser admin = Browser.signedIn(port);
        Response users = admin.get(secondPort, "/admin/users");
        assertThat(users.status()).isEqualTo(200);
        Response unlocked = admin.postForm(port, "/admin/users/admin/unlock", Map.of("_csrf", UiSession.hidden(users.body(), "_csrf")));
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(302);
        assertThat(unlocked.location()).endsWith("/admin/users");

        assertThat(admin.get(secondPort, "/admin/users").body()).as("the flash message, on the other node")
                .contains("De blokkade van admin is opgeheven.");
        assertThat(admin.get(port, "/admin/users").body()).as("shown once").doesNotContain("De blokkade van admin is opgeheven.");
    }

    @Test
    void aLockedAccountIsSaidSoOnTheOtherNode() {
        // the count of wrong passwords is in the database too (login_lock): the nodes take turns
        Browser browser = new Browser();
        String csrf = UiSession.hidden(browser.get(port, "/login").body(), "_csrf");
        Response failed = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            failed = browser.postForm(attempt % 2 == 0 ? port : secondPort, "/login",
                    Map.of("username", "sss-niemand", "password", "fout-" + attempt, "_csrf", csrf));
            assertThat(failed.location()).contains("/login?error");
        }
        // the failed sign-in (AccountLockedException) was stored in the session by the node that locked the name
        Response page = browser.get(port, "/login?error");
        assertThat(page.body()).as("the lock's notice, from the session").contains("id=\"login-locked\"");
        assertThat(browser.get(secondPort, "/login?error").body()).contains("id=\"login-locked\"");
    }

    @Test
    void theCamundaWebappsShareTheSessionToo() {
        Browser admin = Browser.signedIn(secondPort);
        Response cockpit = admin.get(port, "/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Camunda Cockpit");
        Response user = admin.get(secondPort, "/camunda/api/admin/auth/user/default");
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");
        Response statistics = admin.get(port, COCKPIT_STATISTICS);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.body()).startsWith("[");
        assertThat(jdbc.queryForList("select a.attribute_name from spring_session_attributes a join spring_session s"
                + " on s.primary_id = a.session_primary_id where s.session_id = ?", String.class, admin.sessionId()))
                .as("the webapps' authentications and CSRF token, in the database")
                .contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN", "SPRING_SECURITY_CONTEXT");

        // a request the webapps protect with their own CSRF token (kept in the session on one node, checked on the other)
        String xsrf = admin.cookies.get("XSRF-TOKEN");
        assertThat(xsrf).as("the webapps' CSRF cookie").isNotBlank();
        String logout = "/camunda/api/admin/auth/user/default/logout";
        Response loggedOut = admin.post(secondPort, logout, "X-XSRF-TOKEN", xsrf);
        assertThat(loggedOut.status()).as(loggedOut.toString()).isBetween(200, 299);
        // a wrong token: the webapps refuse it and end the session, which is then gone for both nodes
        String sessionId = admin.sessionId();
        assertThat(admin.post(port, logout, "X-XSRF-TOKEN", "not-" + xsrf).status()).as("a wrong token").isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, sessionId))
                .isZero();
    }

    private String principalOf(String sessionId) {
        return jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class, sessionId);
    }

    record Response(int status, String body, String location, List<String> setCookies) {
        /** The Set-Cookie header of the cookie with this name. */
        String setCookie(String name) {
            return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " cookie set: " + this));
        }
    }

    /**
     * One browser without JavaScript: its cookies go with every request, to whichever node (port) it is sent to, as
     * behind a load balancer. Redirects are not followed.
     */
    static final class Browser {
        private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        final Map<String, String> cookies = new LinkedHashMap<>();

        static Browser signedIn(int port) {
            Browser browser = new Browser();
            String csrf = UiSession.hidden(browser.get(port, "/login").body(), "_csrf");
            Response done = browser.postForm(port, "/login",
                    Map.of("username", "admin", "password", ApplicationTestBase.ADMIN_PASSWORD, "_csrf", csrf));
            if (done.status() != 302 || done.location().contains("error")) {
                throw new AssertionError("sign-in failed: " + done);
            }
            return browser;
        }

        /** The session id as the database has it (Spring Session's cookie holds it Base64-encoded). */
        String sessionId() {
            return new String(Base64.getDecoder().decode(cookies.get("JSESSIONID")), StandardCharsets.UTF_8);
        }

        Response get(int port, String path, String... headers) {
            return send(request(port, path, headers).GET());
        }

        Response postForm(int port, String path, Map<String, String> fields) {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(request(port, path, "Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        Response post(int port, String path, String... headers) {
            return send(request(port, path, headers).POST(HttpRequest.BodyPublishers.noBody()));
        }

        private HttpRequest.Builder request(int port, String path, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private Response send(HttpRequest.Builder request) {
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                List<String> setCookies = response.headers().allValues("Set-Cookie");
                for (String setCookie : setCookies) {
                    String pair = setCookie.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty() || setCookie.contains("Max-Age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
                return new Response(response.statusCode(), response.body(),
                        response.headers().firstValue("Location").orElse(""), setCookies);
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
