package nl.methodetoets.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.methodetoets.identity.Role;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

/** No writes on reading: the verdict proposal stored at consolidation is read, the decision tables are not evaluated. */
class VerdictsTest {
    private final ReviewStore store = mock(ReviewStore.class);
    private final RubricCatalog rubrics = mock(RubricCatalog.class);
    private final DecisionRules rules = mock(DecisionRules.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Verdicts verdicts = new Verdicts(store, rubrics, rules, mock(SubmissionManagement.class),
            mock(TaskService.class), events);

    @Test
    void theProposalIsReadAsStoredAtConsolidation() {
        when(store.consolidated("s-1")).thenReturn(Map.of("K1", 4, "K2", 4));
        when(store.proposal("s-1")).thenReturn(Optional.of(new ReviewStore.StoredProposal(4, true)));

        VerdictProposal proposal = verdicts.proposal("s-1");
        verdicts.proposal("s-1");

        assertThat(proposal).isEqualTo(new VerdictProposal(Map.of("K1", 4, "K2", 4), 4, true));
        verifyNoInteractions(rules);
        verify(store, never()).saveProposal(any(), any(), anyBoolean());
    }

    @Test
    void theVerdictIsComparedWithTheStoredProposal() {
        when(store.consolidated("s-1")).thenReturn(Map.of("K1", 4));
        when(store.proposal("s-1")).thenReturn(Optional.of(new ReviewStore.StoredProposal(4, true)));
        when(store.assignments("s-1")).thenReturn(List.of());
        when(rubrics.current()).thenReturn(new Rubric("2012", List.of()));
        UserAccount chair = new UserAccount("voorzitter", "Voorzitter", "v@example.org", "ministerie", Set.of(Role.CHAIR));

        verdicts.decide("task-1", "s-1", 4, true, null, chair);

        verify(store).saveAssessment("s-1", "2012", 4, true, 4, true, null, "voorzitter");
        verify(events).publishEvent(new StudyAssessed("s-1", 4, true, "voorzitter"));
        verifyNoInteractions(rules);
    }
}
