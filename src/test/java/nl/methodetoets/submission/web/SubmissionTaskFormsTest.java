package nl.methodetoets.submission.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.IntakeDecision;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.StudyReports;
import nl.methodetoets.submission.StudyReviewProcess;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.WorkItem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The submission task forms: what a browser post becomes, and what each form is given. */
class SubmissionTaskFormsTest {
    private final TaskBodies bodies = new TaskBodies(JsonMapper.builder().findAndAddModules().build());
    private final SubmissionManagement submissions = mock(SubmissionManagement.class);
    private final StudyReports reports = mock(StudyReports.class);
    private final UserAccount secretariat = new UserAccount("s", "Secretariaat", "s@example.org", "org", Set.of(Role.SECRETARIAT));
    private final WorkItem intake = new WorkItem("t1", "INTAKE", "s1", null, "Intake", null, null, null, "Titel",
            StudyReviewProcess.TASK_INTAKE);

    @Test
    void anEmptyDeadlineIsLeftOutAndTheQueuesReturnAddressIsNotPartOfTheBody() {
        JsonNode body = new IntakeTask(submissions, bodies).formBody(form("_csrf", "x", "returnTo", "intake",
                "decision", "REJECT", "remarks", "Geen effectstudie.", "deadline", "", "possibleExample", "true"));

        assertThat(body.has("deadline")).isFalse();
        assertThat(body.has("returnTo")).isFalse();
        assertThat(body.has("_csrf")).isFalse();
        assertThat(body.get("decision").asText()).isEqualTo("REJECT");
        assertThat(body.get("possibleExample").isBoolean()).isTrue();
    }

    @Test
    void anIntakeWithADeadlineDecidesWithIt() {
        IntakeTask task = new IntakeTask(submissions, bodies);
        JsonNode body = task.formBody(form("decision", "REQUEST_COMPLETION", "remarks", "Bijlage ontbreekt",
                "deadline", "2013-02-01"));

        task.complete(intake, body, secretariat);

        verify(submissions).decideIntake("t1", "s1", IntakeDecision.REQUEST_COMPLETION, "Bijlage ontbreekt", LocalDate.of(2013, 2, 1), "s");
        verify(submissions, never()).markPossibleExample("s1", false);
    }

    @Test
    void theIntakeFormProposesTheDefaultDeadline() {
        Study study = mock(Study.class);
        when(submissions.existing("s1")).thenReturn(study);
        when(submissions.defaultCompletionDeadline()).thenReturn(LocalDate.of(2013, 2, 1));
        IntakeTask task = new IntakeTask(submissions, bodies);

        assertThat(task.details(intake, secretariat)).isNull();
        assertThat(task.page(intake, null, secretariat).form()).isEqualTo(new IntakeTask.Form(study, LocalDate.of(2013, 2, 1)));
    }

    @Test
    void theCompletionFormShowsWhatWasAskedAndTheUploadLimit() {
        Study study = mock(Study.class);
        when(submissions.existing("s1")).thenReturn(study);
        when(submissions.completionRequestRemarks("s1")).thenReturn("Voeg de bijlage toe");
        when(reports.maxBytes()).thenReturn(52_428_800L);
        when(reports.maxMegabytes()).thenReturn(BigDecimal.valueOf(50));
        CompleteSubmissionTask task = new CompleteSubmissionTask(submissions, reports, bodies);
        WorkItem completion = new WorkItem("t2", "COMPLETE_SUBMISSION", "s1", null, "Aanvullen", null, null, null, "Titel",
                StudyReviewProcess.TASK_COMPLETE_SUBMISSION);

        assertThat(task.page(completion, null, secretariat).form()).isEqualTo(
                new CompleteSubmissionTask.Form(study, "Voeg de bijlage toe", 52_428_800L, BigDecimal.valueOf(50)));
        task.complete(completion, task.formBody(form("remarks", "Bijgevoegd")), secretariat);
        verify(submissions).completeSubmission("t2", "s1", "Bijgevoegd", "s");
    }

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }
}
