package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The Camunda webapps open for an ADMIN signed in with the app's own form login, with no second sign-in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaWebappLoginTest extends ApplicationTestBase {
    private static final String COCKPIT_STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    private static final String ENGINE_USER_PROFILE = "/camunda/api/engine/engine/default/user/admin/profile";

    @BeforeAll
    void people() {
        Scenario people = new Scenario(port, admin()).organisations("cwl-ministerie");
        people.user("cwl-beoordelaar", "cwl-ministerie", "REVIEWER");
    }

    @Test
    void anAdminSignedInThroughTheAppLoginReadsCockpitsDashboardApi() {
        UiSession admin = UiSession.login(port, "admin", ADMIN_PASSWORD);
        UiSession.Page statistics = admin.get(COCKPIT_STATISTICS);
        assertThat(statistics.status()).as(statistics.body()).isEqualTo(200);
        assertThat(statistics.body()).startsWith("[");
        // and sees the engine's data (the deployed processes), not an empty Cockpit
        UiSession.Page definitions = admin.get("/camunda/api/engine/engine/default/process-definition/count");
        assertThat(definitions.body()).matches("\\{\"count\":([2-9]|\\d\\d+)\\}");
        UiSession.Page profile = admin.get(ENGINE_USER_PROFILE);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        assertThat(profile.body()).contains("\"id\":\"admin\"");
        // what the webapps' front end asks before it would show its own login form
        UiSession.Page webappUser = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(webappUser.body()).contains("\"userId\":\"admin\"").contains("cockpit").contains("admin")
                .contains("tasklist");
        UiSession.Page cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.status()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Camunda Cockpit");
    }

    @Test
    void withoutTheAppLoginTheWebappApiStaysClosed() {
        UiSession.Page anonymous = UiSession.anonymous(port).get(COCKPIT_STATISTICS);
        assertThat(anonymous.status()).isIn(302, 401);
        assertThat(anonymous.body()).doesNotContain("\"id\"");
    }

    @Test
    void aReviewerGets403() {
        UiSession reviewer = UiSession.login(port, "cwl-beoordelaar", Scenario.PASSWORD);
        assertThat(reviewer.get(COCKPIT_STATISTICS).status()).isEqualTo(403);
        assertThat(reviewer.get(ENGINE_USER_PROFILE).status()).isEqualTo(403);
    }
}
