package nl.methodetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.methodetoets.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** {@code taskType} in a task body (the API description's discriminator) must name the task's type. */
class TaskTypeDiscriminatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final WorkItem SCORE = new WorkItem("t1", "SCORE", "s1", null, "Score", null, null, "r1", null, "score");

    @Test
    void theMatchingTypeIsTakenOffTheBody() throws Exception {
        JsonNode body = JSON.readTree("{\"taskType\":\"SCORE\",\"summary\":\"ok\"}");
        JsonNode handed = TaskCompletion.withoutTaskType(SCORE, body);
        assertThat(handed.has("taskType")).isFalse();
        assertThat(handed.get("summary").asText()).isEqualTo("ok");
        assertThat(body.has("taskType")).as("the request's own body is left as it was").isTrue();
    }

    @Test
    void aBodyWithoutTypeIsTakenAsItIs() throws Exception {
        JsonNode body = JSON.readTree("{\"summary\":\"ok\"}");
        assertThat(TaskCompletion.withoutTaskType(SCORE, body)).isSameAs(body);
        assertThat(TaskCompletion.withoutTaskType(SCORE, null)).isNull();
    }

    @Test
    void anotherTypeIsRefusedOnTheField() throws Exception {
        JsonNode body = JSON.readTree("{\"taskType\":\"VERDICT\",\"verdict\":4}");
        assertThatThrownBy(() -> TaskCompletion.withoutTaskType(SCORE, body))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("taskType");
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("task.wrongType");
                });
    }

    @Test
    void schemaNamesAreTheTypesInCamelCase() {
        assertThat(ApiDocumentation.camel("ASSIGN_REVIEWERS")).isEqualTo("AssignReviewers");
        assertThat(ApiDocumentation.camel("SCORE")).isEqualTo("Score");
    }
}
