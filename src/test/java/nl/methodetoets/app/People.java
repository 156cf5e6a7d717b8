package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.methodetoets.demo.DemoReports;

/**
 * Test set-up through the API, bound to one running app: organisations, users (via {@link TestPeople}), clients
 * signed in as them, and submitted studies.
 */
final class People {
    static final String PASSWORD = TestPeople.PASSWORD;
    private final int port;
    private final ApiClient admin;

    People(int port, ApiClient admin) {
        this.port = port;
        this.admin = admin;
    }

    People organisations(String... ids) {
        for (String id : ids) {
            TestPeople.organisation(admin, id);
        }
        return this;
    }

    ApiClient user(String id, String organisation, String... roles) {
        TestPeople.user(admin, id, organisation, roles);
        return as(id);
    }

    ApiClient as(String id) {
        return new ApiClient(port, id, PASSWORD);
    }

    static String submit(ApiClient submitter, String title, String organisation, String studyType) {
        ApiClient.Response response = submitter.submit(TestPeople.metadata(title, organisation, 2014, studyType, "WONEN"),
                DemoReports.pdf(title, 3), null);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static void complete(ApiClient client, String taskId, Object body, int expected) {
        ApiClient.Response response = client.post("/api/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(response.text()).isEqualTo(expected);
    }
}
