package nl.methodetoets.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each reviewer's own verdict: the verdict formula (the deployed {@code Verdict} decision) applied to that
 * reviewer's independent scores, for agreement statistics on verdicts. Statistics are read on GET, so the deployed
 * model is evaluated by a standalone DMN engine: the same formula, but no decision history is written.
 */
@Service
@Transactional(readOnly = true)
public class OwnVerdicts {
    private final ReviewStore store;
    private final RepositoryService repository;
    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private volatile Parsed parsed;

    private record Parsed(String definitionId, DmnDecision decision) {
    }

    OwnVerdicts(ReviewStore store, RepositoryService repository) {
        this.store = store;
        this.repository = repository;
    }

    /** Own verdict per reviewer who submitted scores (null when the reviewer scored nothing), in submission order. */
    public Map<String, Integer> of(String studyId) {
        DmnDecision decision = decision();
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        store.independentScores(studyId).forEach((reviewer, sheet) -> verdicts.put(reviewer, evaluate(decision, sheet)));
        return verdicts;
    }

    private Integer evaluate(DmnDecision decision, Map<String, Integer> sheet) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            variables.put("K" + i, sheet.get("K" + i));
        }
        DmnDecisionResult result = engine.evaluateDecision(decision, variables);
        Object value = result.isEmpty() ? null : result.getSingleResult().getSingleEntry();
        return value == null ? null : ((Number) value).intValue();
    }

    /** The latest deployed version, parsed once per version. */
    private DmnDecision decision() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DecisionRules.VERDICT).latestVersion().singleResult();
        Parsed current = parsed;
        if (current == null || !current.definitionId().equals(definition.getId())) {
            try (InputStream model = repository.getDecisionModel(definition.getId())) {
                current = new Parsed(definition.getId(), engine.parseDecision(DecisionRules.VERDICT, model));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            parsed = current;
        }
        return current.decision();
    }
}
