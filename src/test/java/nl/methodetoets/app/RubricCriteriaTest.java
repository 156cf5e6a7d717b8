package nl.methodetoets.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A rubric version is checked against the criterion codes the decisions (processes/*.dmn) use. */
class RubricCriteriaTest extends ApplicationTestBase {

    @Test
    void aVersionWithACriterionTheDecisionsDoNotKnowIsRefused() {
        JsonNode rubric = admin().get("/api/rubric").json();
        ArrayNode criteria = ((ArrayNode) rubric.get("criteria")).deepCopy();
        ObjectNode extra = criteria.get(0).deepCopy();
        extra.put("code", "K9");
        criteria.add(extra);
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("version", "dmn-" + System.nanoTime() % 100000);
        next.put("criteria", criteria);

        ApiClient.Response refused = admin().post("/api/rubric/versions", next);

        assertThat(refused.status()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("criteria[8].code");
        assertThat(error.toString()).contains("K9").contains("K1, K2, K3, K4, K5, K6, K7, K8");
        assertThat(admin().get("/api/rubric").json().get("version").asText()).isEqualTo(rubric.get("version").asText());
    }
}
