package nl.methodetoets.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
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
    /** The input of consensus-triggers.dmn whose allowed values list every criterion code the decisions know. */
    static final String CRITERION_INPUT = "Input_Criterion";
    /** The pseudo-criterion of consensus-triggers.dmn for the reviewers' own verdicts; not a rubric criterion. */
    static final String OWN_VERDICTS = "VERDICT";

    private final DecisionService decisions;
    private final RepositoryService repository;

    DecisionRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /**
     * The criterion codes the deployed decisions know, as declared by the allowed values of the consensus
     * triggers' criterion input ({@code "K1","K2",…}): the verdict formula and the exemplary rule use the same
     * spelling. A rubric version with another code could be scored but never decided on, so it is refused.
     */
    Set<String> criterionCodes() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(CONSENSUS_TRIGGERS)
                .latestVersion().singleResult();
        DmnModelInstance model = repository.getDmnModelInstance(latest.getId());
        Input input = model.getModelElementById(CRITERION_INPUT);
        Set<String> codes = new LinkedHashSet<>(); // in the order the DMN lists them
        Arrays.stream(input.getInputValues().getText().getTextContent().split(","))
                .map(value -> value.strip().replace("\"", ""))
                .filter(code -> !code.isEmpty() && !code.equals(OWN_VERDICTS))
                .forEach(codes::add);
        return codes;
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
