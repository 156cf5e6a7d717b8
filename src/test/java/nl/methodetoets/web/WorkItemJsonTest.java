package nl.methodetoets.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;

/** A task list entry is written as Jackson writes the record itself: the fast serializer changes no byte. */
@JsonTest
class WorkItemJsonTest {
    @Autowired
    ObjectMapper mapper;

    @Test
    void writesWhatJacksonWritesFromTheRecord() throws Exception {
        // Jackson's own serializers with the application's date setting (spring.jackson.*): the record by reflection,
        // the dates by the Java time module's formatter
        ObjectMapper byReflection = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<WorkItem> items = List.of(
                new WorkItem("t1", "SCORE", "s1", null, "Studie \"beoordelen\" – ë", OffsetDateTime.of(2012, 3, 9, 14, 5, 0,
                        120_000_000, ZoneOffset.ofHours(1)), OffsetDateTime.of(2012, 4, 1, 0, 0, 0, 0, ZoneOffset.UTC), "r1",
                        "Titel <b>&</b>", "Task_ScoreStudy"),
                new WorkItem("t2", "DRAFT_ADVICE", null, 2012, "Jaaradvies", OffsetDateTime.of(2013, 1, 2, 3, 4, 5, 6,
                        ZoneOffset.ofHours(-5)), null, null, null, "Task_DraftAdvice"),
                new WorkItem(null, null, null, null, null, null, null, null, null, null));
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(WorkItem.class)).isInstanceOf(WorkItemJson.class);
        assertThat(byReflection.getSerializerProviderInstance().findValueSerializer(WorkItem.class))
                .isNotInstanceOf(WorkItemJson.class);
        assertThat(mapper.writeValueAsString(items)).isEqualTo(byReflection.writeValueAsString(items));
        assertThat(mapper.writeValueAsString(items.get(1))).contains("\"year\":2012").doesNotContain("taskKey");
    }
}
