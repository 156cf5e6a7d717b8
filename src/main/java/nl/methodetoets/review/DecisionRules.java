package nl.methodetoets.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The commission's changeable rules, evaluated from the DMN files in {@code processes/}: the verdict formula,
 * the exemplary rule and the consensus triggers.
 */
@Component
class DecisionRules {
    static final String VERDICT = "Verdict";
    static final String EXEMPLARY = "Exemplary";
    static final String CONSENSUS_TRIGGERS = "ConsensusTriggers";

    private final DecisionService decisions;

    DecisionRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** E = min(floor(median), K1 + 1, min(K2, K4, K5, K6) + 1), n.v.t. left out; null when nothing is scored. */
    Integer verdict(Map<String, Integer> scores) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            variables.put("K" + i, scores.get("K" + i));
        }
        DmnDecisionResult result = decisions.evaluateDecisionByKey(VERDICT).variables(variables).evaluate();
        Object value = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
        return value == null ? null : ((Number) value).intValue();
    }

    boolean exemplary(int verdict, Integer lowestScore, String studyType, Integer k1, int lowestReviewerVerdict,
                      int reviewerVerdictRange) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("verdict", verdict);
        variables.put("lowestScore", lowestScore);
        variables.put("studyType", studyType);
        variables.put("K1", k1); // the criterion code, spelled as in verdict.dmn and the rubric
        variables.put("lowestReviewerVerdict", lowestReviewerVerdict);
        variables.put("reviewerVerdictRange", reviewerVerdictRange);
        DmnDecisionResult result = decisions.evaluateDecisionByKey(EXEMPLARY).variables(variables).evaluate();
        return !result.isEmpty() && Boolean.TRUE.equals(result.getFirstResult().getSingleEntry());
    }

    /** The reasons (codes) why a criterion, or "VERDICT" for the reviewers' own verdicts, needs consensus. */
    List<String> consensusReasons(String criterion, ConsolidationRule.Spread spread) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("criterion", criterion);
        variables.put("lowest", spread.lowest());
        variables.put("highest", spread.highest());
        variables.put("notApplicableMixed", spread.notApplicableMixed());
        DmnDecisionResult result = decisions.evaluateDecisionByKey(CONSENSUS_TRIGGERS).variables(variables).evaluate();
        return new ArrayList<>(result.<String>collectEntries("reason"));
    }
}
