package nl.methodetoets.advice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Set;
import nl.methodetoets.advice.AdviceManagement;
import nl.methodetoets.advice.AdviceRound;
import nl.methodetoets.advice.AnnualAdviceProcess;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The advice task forms: both are about a year, show its round, and post plain fields. */
class AdviceTaskFormsTest {
    private final TaskBodies bodies = new TaskBodies(JsonMapper.builder().findAndAddModules().build());
    private final AdviceManagement advice = mock(AdviceManagement.class);
    private final UserAccount chair = new UserAccount("c", "Voorzitter", "c@example.org", "org", Set.of(Role.CHAIR));
    private final AdviceRound round = new AdviceRound(2012, null, 3, List.of(), 1, "Conclusies", "Aanbevelingen", null, null);

    @Test
    void approvalIsABooleanWithRemarks() {
        ApproveAdviceTask task = new ApproveAdviceTask(advice, mock(nl.methodetoets.submission.SubmissionManagement.class), bodies);
        WorkItem approve = year("APPROVE_ADVICE", AnnualAdviceProcess.TASK_APPROVE_ADVICE);

        JsonNode body = task.formBody(form("approved", "false", "remarks", "Graag korter"));
        assertThat(body.get("approved").isBoolean()).isTrue();
        task.complete(approve, body, chair);

        verify(advice).decideApproval("t1", 2012, false, "Graag korter");
    }

    @Test
    void bothAdviceTasksShowTheYearsRound() {
        when(advice.round(2012)).thenReturn(round);
        DraftAdviceTask task = new DraftAdviceTask(advice, bodies, org.mockito.Mockito.mock(nl.methodetoets.identity.Identity.class));
        WorkItem draft = year("DRAFT_ADVICE", AnnualAdviceProcess.TASK_DRAFT_ADVICE);

        assertThat(task.type().subject()).isEqualTo(TaskType.Subject.YEAR);
        assertThat(task.details(draft, chair)).isEqualTo(new AdviceTaskDetails(round));
        assertThat(new ApproveAdviceTask(advice, mock(nl.methodetoets.submission.SubmissionManagement.class), bodies).details(draft, chair).round()).isEqualTo(round);

        task.complete(draft, task.formBody(form("conclusions", "C", "recommendations", "R")), chair);
        verify(advice).saveDraft("t1", 2012, "C", "R");
    }

    private static WorkItem year(String type, String taskKey) {
        return new WorkItem("t1", type, null, 2012, "Advies", null, null, null, null, taskKey);
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
