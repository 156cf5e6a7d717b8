package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.methodetoets.demo.DemoReports;

/** Test set-up through the API: organisations, users and submitted studies, with a per-test prefix. */
final class People {
    static final String PASSWORD = "wachtwoord-test";
    private final int port;
    private final ApiClient admin;

    People(int port, ApiClient admin) {
        this.port = port;
        this.admin = admin;
    }

    People organisations(String... ids) {
        for (String id : ids) {
            int status = admin.post("/api/organisations", Map.of("id", id, "name", "Organisatie " + id, "type", "OVERIG")).status();
            assertThat(status).isIn(201, 409);
        }
        return this;
    }

    ApiClient user(String id, String organisation, String... roles) {
        ApiClient.Response created = admin.post("/api/users", Map.of("id", id, "name", "Persoon " + id,
                "email", id + "@example.nl", "password", PASSWORD, "organisation", organisation, "roles", List.of(roles)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return as(id);
    }

    ApiClient as(String id) {
        return new ApiClient(port, id, PASSWORD);
    }

    static String submit(ApiClient submitter, String title, String organisation, String studyType) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("authors", List.of("A. Onderzoeker"));
        metadata.put("organisation", organisation);
        metadata.put("year", 2014);
        metadata.put("studyType", studyType);
        metadata.put("wijken", List.of("Transvaal"));
        metadata.put("themes", List.of("WONEN"));
        ApiClient.Response response = submitter.submit(metadata, DemoReports.pdf(title, 3), null);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    static void complete(ApiClient client, String taskId, Object body, int expected) {
        ApiClient.Response response = client.post("/api/tasks/" + taskId + "/complete", body);
        assertThat(response.status()).as(response.text()).isEqualTo(expected);
    }
}
