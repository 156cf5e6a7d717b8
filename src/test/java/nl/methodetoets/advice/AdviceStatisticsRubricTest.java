package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.submission.SubmissionManagement;
import org.junit.jupiter.api.Test;

/** The statistics of a round follow the rubric version its studies were scored with, not the current one. */
class AdviceStatisticsRubricTest {
    private final ReviewManagement reviews = mock(ReviewManagement.class);
    private final SubmissionManagement submissions = mock(SubmissionManagement.class);
    private final AdviceStatistics statistics = new AdviceStatistics(submissions, reviews, mock(nl.methodetoets.review.OwnVerdicts.class));

    private static final Rubric SCORED_WITH = rubric("2012-1", "K1", "Onderzoeksopzet", "K2", "Vergelijkbaarheid");
    private static final Rubric CURRENT = rubric("2026-1", "K1", "Opzet (nieuw)");

    @Test
    void theRoundUsesTheVersionItsStudiesWereScoredWith() {
        when(reviews.currentRubric()).thenReturn(CURRENT);
        when(reviews.rubricVersions()).thenReturn(List.of("2012-1", "2026-1"));
        when(reviews.rubricOf(anyString())).thenReturn(SCORED_WITH);
        when(reviews.independentScores(anyString())).thenReturn(Map.of());
        when(reviews.consolidatedScores(anyString())).thenReturn(Map.of());
        when(submissions.assessment(anyString())).thenReturn(Optional.empty());
        when(submissions.latestYearWithStudiesBefore(org.mockito.ArgumentMatchers.anyInt(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(Optional.empty());

        RoundStatistics round = statistics.compute(2025, List.of("a", "b"));

        assertThat(round.criteria()).containsOnlyKeys("K1", "K2");
        assertThat(round.criteria().get("K1").name()).isEqualTo("Onderzoeksopzet");
    }

    @Test
    void aRoundThatMixesVersionsFollowsMostOfItsStudiesAndARoundWithoutStudiesTheCurrentVersion() {
        when(reviews.currentRubric()).thenReturn(CURRENT);
        when(reviews.rubricVersions()).thenReturn(List.of("2012-1", "2026-1"));
        when(reviews.rubricOf("a")).thenReturn(SCORED_WITH);
        when(reviews.rubricOf("b")).thenReturn(CURRENT);
        when(reviews.rubricOf("c")).thenReturn(SCORED_WITH);

        assertThat(statistics.roundRubric(List.of("a", "b", "c")).version()).isEqualTo("2012-1");
        assertThat(statistics.roundRubric(List.of("a", "b")).version()).as("a tie goes to the later version").isEqualTo("2026-1");
        assertThat(statistics.roundRubric(List.of()).version()).isEqualTo("2026-1");
    }

    private static Rubric rubric(String version, String... codesAndNames) {
        List<Rubric.Criterion> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < codesAndNames.length; i += 2) {
            criteria.add(new Rubric.Criterion(codesAndNames[i], codesAndNames[i + 1], "O", List.of(), List.of()));
        }
        return new Rubric(version, criteria);
    }
}
