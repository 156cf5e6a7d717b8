package nl.methodetoets.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The commission's changeable rules, evaluated from the DMN files in {@code processes/}: the verdict formula,
 * the exemplary rule and the consensus triggers.
 *
 * <p>The latest deployed version of each decision is evaluated by a standalone DMN engine (the engine's public DMN
 * API), not through the process engine's decision service: an evaluation is a pure function of its inputs, so its
 * result is remembered per decision version and inputs, and no decision history is written. What a consolidation and
 * a verdict were based on is kept where it is read, in the study's own records (the consolidation's reasons, the
 * computed proposal next to the chair's verdict, the rubric version). Through the decision service one study cost
 * fifteen evaluations, each parsing its FEEL expressions again and writing a decision instance with its inputs and
 * outputs to history: 17% of the CPU of a study's whole path (issue 13).
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
    /** How long the latest deployed version of a decision is taken as known before the repository is asked again. */
    static final Duration RECHECK_LATEST = Duration.ofSeconds(10);
    /** Remembered results at most; then the memory starts afresh (the inputs are scores 1–5, so it rarely fills). */
    private static final int MAX_REMEMBERED = 20_000;

    private final RepositoryService repository;
    private final Clock clock;
    /** Built on first use, not at start-up (its FEEL engine takes about half a second to build). */
    private volatile DmnEngine engine;
    private final Map<String, Parsed> latest = new ConcurrentHashMap<>();
    private final Map<List<Object>, Optional<Object>> results = new ConcurrentHashMap<>();

    /** A decision's latest deployed version, parsed, and when the repository was last asked for it. */
    private record Parsed(String definitionId, DmnDecision decision, Instant checked) {
    }

    @Autowired
    DecisionRules(RepositoryService repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
        return (Integer) evaluate(VERDICT, variables, result -> {
            Object value = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
            return value == null ? null : ((Number) value).intValue();
        });
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
        return (Boolean) evaluate(EXEMPLARY, variables,
                result -> !result.isEmpty() && Boolean.TRUE.equals(result.getFirstResult().getSingleEntry()));
    }

    /** The reasons (codes) why a criterion, or "VERDICT" for the reviewers' own verdicts, needs consensus. */
    @SuppressWarnings("unchecked")
    List<String> consensusReasons(String criterion, ConsolidationRule.Spread spread) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("criterion", criterion);
        variables.put("lowest", spread.lowest());
        variables.put("highest", spread.highest());
        variables.put("notApplicableMixed", spread.notApplicableMixed());
        List<String> reasons = (List<String>) evaluate(CONSENSUS_TRIGGERS, variables,
                result -> Collections.unmodifiableList(new ArrayList<>(result.<String>collectEntries("reason"))));
        return new ArrayList<>(reasons);
    }

    /** The decision's result for these inputs: remembered per deployed version, else evaluated and remembered. */
    private Object evaluate(String key, Map<String, Object> variables, Function<DmnDecisionResult, Object> read) {
        Parsed decision = decision(key);
        List<Object> memoKey = new ArrayList<>(variables.size() * 2 + 1); // may hold nulls (n.v.t.): no List.of
        memoKey.add(decision.definitionId());
        variables.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            memoKey.add(e.getKey());
            memoKey.add(e.getValue());
        });
        Optional<Object> known = results.get(memoKey);
        if (known != null) {
            return known.orElse(null);
        }
        Object computed = read.apply(engine().evaluateDecision(decision.decision(), variables));
        if (results.size() >= MAX_REMEMBERED) {
            results.clear();
        }
        results.put(Collections.unmodifiableList(memoKey), Optional.ofNullable(computed));
        return computed;
    }

    private DmnEngine engine() {
        DmnEngine built = engine;
        if (built == null) {
            synchronized (this) {
                built = engine;
                if (built == null) {
                    built = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
                    engine = built;
                }
            }
        }
        return built;
    }

    /** The latest deployed version of a decision, parsed once per version, looked up again after a short while. */
    private Parsed decision(String key) {
        Instant now = clock.instant();
        Parsed known = latest.get(key);
        if (known != null && now.isBefore(known.checked().plus(RECHECK_LATEST))) {
            return known;
        }
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        Parsed current;
        if (known != null && known.definitionId().equals(definition.getId())) {
            current = new Parsed(known.definitionId(), known.decision(), now);
        } else {
            try (InputStream model = repository.getDecisionModel(definition.getId())) {
                current = new Parsed(definition.getId(), engine().parseDecision(key, model), now);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        latest.put(key, current);
        return current;
    }
}
