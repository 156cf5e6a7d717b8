package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Organisations, users and study metadata for application tests (ids must be unique per shared context). */
final class TestPeople {
    static final String PASSWORD = "wachtwoord-test";

    private TestPeople() {
    }

    static void organisation(ApiClient admin, String id) {
        ApiClient.Response created = admin.post("/api/organisations", Map.of("id", id, "name", "Organisatie " + id, "type", "GEMEENTE"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    static void user(ApiClient admin, String id, String organisation, String... roles) {
        ApiClient.Response created = admin.post("/api/users", Map.of("id", id, "name", "Persoon " + id,
                "email", id + "@example.nl", "password", PASSWORD, "organisation", organisation, "roles", List.of(roles)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    static Map<String, Object> metadata(String title, String organisation, int year, String type, String... themes) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("title", title);
        metadata.put("authors", List.of("A. Onderzoeker"));
        metadata.put("organisation", organisation);
        metadata.put("commissionedBy", null);
        metadata.put("year", year);
        metadata.put("studyType", type);
        metadata.put("wijken", List.of("Transvaal"));
        metadata.put("themes", List.of(themes));
        metadata.put("summary", "Samenvatting van " + title);
        return metadata;
    }
}
