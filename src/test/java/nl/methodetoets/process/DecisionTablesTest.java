package nl.methodetoets.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The commission's rules as they live in DMN, evaluated by the standalone DMN engine (FEEL). Worked cases
 * pin the verdict formula, each exemplary condition and each consensus trigger.
 */
class DecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static final DmnDecision VERDICT = parse("processes/verdict.dmn", "Verdict");
  private static final DmnDecision EXEMPLARY = parse("processes/exemplary.dmn", "Exemplary");
  private static final DmnDecision CONSENSUS_TRIGGERS = parse("processes/consensus-triggers.dmn", "ConsensusTriggers");

  @Nested
  class Verdict {

    /** Columns K1..K8 (empty = n.v.t.), then the expected verdict (empty = none). */
    @ParameterizedTest(name = "[{index}] {9}")
    @CsvSource(delimiter = '|', textBlock = """
        3 | 3 | 3 | 3 | 3 | 3 | 3 | 3 | 3 | all voldoende
        5 | 5 | 5 | 5 | 5 | 5 | 5 | 5 | 5 | all zeer goed
        1 | 5 | 5 | 5 | 5 | 5 | 5 | 5 | 2 | weak design caps at K1 + 1
        2 | 5 | 5 | 5 | 5 | 5 | 5 | 5 | 3 | K1 = 2 caps at 3
        5 | 2 | 5 | 5 | 5 | 5 | 5 | 5 | 3 | weakest of K2 K4 K5 K6 caps at + 1 (K2)
        5 | 5 | 5 | 5 | 5 | 1 | 5 | 5 | 2 | weakest of K2 K4 K5 K6 caps at + 1 (K6)
        5 | 5 | 1 | 5 | 5 | 5 | 1 | 1 | 5 | K3 K7 K8 only count in the median
        4 | 4 | 2 | 4 | 4 | 4 | 2 | 2 | 4 | median of 2 2 2 4 4 4 4 4 is 4
        4 | 3 | 3 | 3 | 4 | 4 | 3 | 5 | 3 | median 3.5 rounds down to 3
         |   | 3 | 5 | 5 | 5 | 3 | 3 | 4 | even count: the mean of the middle two (3 and 5) is 4
         |   | 4 | 4 | 4 | 4 | 4 | 4 | 4 | monitor without K1 K2 scores 4
         |   | 4 | 5 | 5 | 5 | 5 | 5 | 5 | without K1 the design term is dropped
        5 | 4 | 5 |   | 3 | 5 | 5 | 5 | 4 | K4 n.v.t. left out of the minimum
        5 | 5 | 5 |   | 5 | 5 | 5 | 5 | 5 | K4 n.v.t. is not a zero
         |   | 4 |   |   |   | 2 |   | 3 | only the median term remains
        2 |   |   |   |   |   |   |   | 2 | a single scored criterion
         |   |   |   |   |   |   |   |   | nothing scored, no verdict
        """)
    void followsTheFormula(Integer k1, Integer k2, Integer k3, Integer k4, Integer k5, Integer k6, Integer k7,
        Integer k8, Integer expected, String description) {
      assertThat(verdict(k1, k2, k3, k4, k5, k6, k7, k8)).as(description).isEqualTo(expected);
    }

    @Test
    void isAnInteger() {
      assertThat(verdict(3, 4, 4, 4, 4, 4, 4, 4)).isInstanceOf(Integer.class).isEqualTo(4);
    }

    private Object verdict(Integer... scores) {
      VariableMap variables = Variables.createVariables();
      for (int i = 0; i < scores.length; i++) {
        variables.putValue("K" + (i + 1), scores[i]);
      }
      return DMN.evaluateDecision(VERDICT, variables).getSingleEntry();
    }
  }

  @Nested
  class Exemplary {

    @Test
    void effectStudyMeetingEveryConditionAtItsLimitIsExemplary() {
      assertThat(exemplary(4, 3, "EFFECT", 3, 3, 1)).isTrue();
      assertThat(exemplary(5, 5, "EFFECT", 5, 5, 0)).isTrue();
    }

    /** The limit case above, with exactly one condition failing. */
    @ParameterizedTest(name = "[{index}] {6}")
    @CsvSource(delimiter = '|', textBlock = """
        3 | 3 | EFFECT  | 3 | 3 | 1 | verdict below 4
        4 | 2 | EFFECT  | 3 | 3 | 1 | a consolidated criterion below 3
        4 | 3 | EFFECT  | 2 | 3 | 1 | effect study with K1 below 3
        4 | 3 | EFFECT  |   | 3 | 1 | effect study without K1
        4 | 3 | EFFECT  | 3 | 2 | 1 | a reviewer's own verdict below 3
        4 | 3 | EFFECT  | 3 | 3 | 2 | reviewers' own verdicts 2 apart
        3 | 3 | MONITOR |   | 3 | 1 | monitor with verdict below 4
        4 | 3 | PROCESS |   | 3 | 2 | process evaluation with verdicts 2 apart
        4 | 3 | OTHER   | 3 | 3 | 1 | unknown study type
          | 3 | EFFECT  | 3 | 3 | 1 | no verdict
        """)
    void failingASingleConditionIsNotExemplary(Integer verdict, Integer lowestScore, String studyType, Integer k1,
        Integer lowestReviewerVerdict, Integer reviewerVerdictRange, String description) {
      assertThat(exemplary(verdict, lowestScore, studyType, k1, lowestReviewerVerdict, reviewerVerdictRange))
          .as(description).isFalse();
    }

    @Test
    void monitorsAndProcessEvaluationsNeedNoK1() {
      assertThat(exemplary(4, 3, "MONITOR", null, 3, 1)).isTrue();
      assertThat(exemplary(4, 3, "PROCESS", null, 4, 0)).isTrue();
    }

    private Boolean exemplary(Integer verdict, Integer lowestScore, String studyType, Integer k1,
        Integer lowestReviewerVerdict, Integer reviewerVerdictRange) {
      return DMN.evaluateDecision(EXEMPLARY, Variables.createVariables()
          .putValue("verdict", verdict)
          .putValue("lowestScore", lowestScore)
          .putValue("studyType", studyType)
          .putValue("K1", k1)
          .putValue("lowestReviewerVerdict", lowestReviewerVerdict)
          .putValue("reviewerVerdictRange", reviewerVerdictRange)).getSingleEntry();
    }
  }

  @Nested
  class ConsensusTriggers {

    /** criterion | lowest | highest | n.v.t. mixed | expected reasons (space separated, empty = none). */
    @ParameterizedTest(name = "[{index}] {4}: {0} {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
        K3      | 2 | 4 | false | SPREAD_TWO_OR_MORE
        K8      | 3 | 5 | false | SPREAD_TWO_OR_MORE
        K3      | 3 | 4 | false |
        K4      | 4 | 4 | false |
        K1      | 2 | 3 | false | STRADDLES_2_3
        K2      | 2 | 3 | false | STRADDLES_2_3
        K5      | 2 | 3 | false | STRADDLES_2_3
        K6      | 2 | 3 | false | STRADDLES_2_3
        K3      | 2 | 3 | false |
        K4      | 2 | 3 | false |
        K7      | 2 | 3 | false |
        K8      | 2 | 3 | false |
        K1      | 1 | 2 | false |
        K1      | 3 | 4 | false |
        K1      | 1 | 3 | false | SPREAD_TWO_OR_MORE STRADDLES_2_3
        K7      | 4 | 4 | true  | NOT_APPLICABLE_MIXED
        K1      |   |   | true  | NOT_APPLICABLE_MIXED
        K2      | 1 | 5 | true  | NOT_APPLICABLE_MIXED SPREAD_TWO_OR_MORE STRADDLES_2_3
        VERDICT | 3 | 4 | false | VERDICTS_STRADDLE_3_4
        VERDICT | 2 | 4 | false | VERDICTS_STRADDLE_3_4
        VERDICT | 4 | 5 | false |
        VERDICT | 1 | 3 | false |
        VERDICT | 2 | 3 | false |
        K1      |   |   | false |
        K5      |   | 3 | false |
        K5      | 1 |   | false |
        VERDICT |   | 5 | false |
        """)
    void giveTheReasonsForAConsensusMeeting(String criterion, Integer lowest, Integer highest,
        boolean notApplicableMixed, String expected) {
      List<String> expectedReasons = expected == null ? List.of() : Arrays.asList(expected.split(" "));
      assertThat(reasons(criterion, lowest, highest, notApplicableMixed))
          .containsExactlyInAnyOrderElementsOf(expectedReasons);
    }

    @Test
    void missingFlagForNotApplicableIsNoReason() {
      assertThat(reasons("K3", 3, 3, null)).isEmpty();
    }

    private List<String> reasons(String criterion, Integer lowest, Integer highest, Boolean notApplicableMixed) {
      return DMN.evaluateDecision(CONSENSUS_TRIGGERS, Variables.createVariables()
          .putValue("criterion", criterion)
          .putValue("lowest", lowest)
          .putValue("highest", highest)
          .putValue("notApplicableMixed", notApplicableMixed)).collectEntries("reason");
    }
  }

  private static DmnDecision parse(String resource, String decisionKey) {
    try (InputStream in = DecisionTablesTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + resource);
      }
      return DMN.parseDecision(decisionKey, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
