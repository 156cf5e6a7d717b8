package nl.methodetoets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.methodetoets.identity.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

/** {@code GET /api/tasks/{id}} stays one flat object: the work item's fields, then the type's details. */
class TaskViewTest {
    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final WorkItem item = new WorkItem("t1", "SCORE", "s1", null, "Beoordelen", null, null, "r1", "Titel", "Task_ScoreStudy");

    record Details(Map<String, Integer> consolidated, Integer computedVerdict, String draft) {
    }

    @Test
    void detailsAreSerializedFlatAfterTheTask() {
        JsonNode body = json.valueToTree(TaskView.of(item, new Details(Map.of("K1", 3), 4, null)));

        assertThat(fields(body)).containsExactly("id", "type", "studyId", "year", "name", "created", "due", "studyTitle",
                "consolidated", "computedVerdict", "draft");
        assertThat(body.get("type").asText()).isEqualTo("SCORE");
        assertThat(body.get("consolidated").get("K1").asInt()).isEqualTo(3);
        assertThat(body.get("draft").isNull()).isTrue();
    }

    @Test
    void aTypeWithoutDetailsHasOnlyTheTaskFields() {
        JsonNode body = json.valueToTree(TaskView.of(item, null));

        assertThat(fields(body)).containsExactly("id", "type", "studyId", "year", "name", "created", "due", "studyTitle");
    }

    @Test
    void theTaskListDoesNotShowTheBpmnTaskKey() {
        assertThat(fields(json.valueToTree(item))).containsExactly("id", "type", "studyId", "year", "name", "created",
                "due", "assignee", "studyTitle");
    }

    @Test
    void aBpmnTaskBelongsToOneTaskType() {
        TaskHandlers handlers = new TaskHandlers(List.of(handler(TaskType.ofStudy("A", "Task_A", "Task_B"))));
        assertThat(handlers.typeOf("Task_B")).map(TaskType::name).contains("A");
        assertThat(handlers.typeOf("Task_Other")).isEmpty();

        assertThatThrownBy(() -> new TaskHandlers(List.of(handler(TaskType.ofStudy("A", "Task_A")),
                handler(TaskType.ofYear("B", "Task_A"))))).isInstanceOf(IllegalStateException.class);
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static TaskHandler<Void> handler(TaskType type) {
        return new TaskHandler<>() {
            public TaskType type() { return type; }
            public Void details(WorkItem task, UserAccount user) { return null; }
            public void complete(WorkItem task, JsonNode body, UserAccount user) { }
            public JsonNode formBody(MultiValueMap<String, String> form) { return null; }
            public TaskPage page(WorkItem task, Void details, UserAccount user) { return null; }
        };
    }
}
