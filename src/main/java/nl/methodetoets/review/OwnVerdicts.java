package nl.methodetoets.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each reviewer's own verdict: the verdict formula (the deployed {@code Verdict} decision) applied to that
 * reviewer's independent scores, for agreement statistics on verdicts. Evaluated like every decision of the app
 * ({@link DecisionRules}): the same formula, no decision history written, so reading statistics writes nothing.
 */
@Service
@Transactional(readOnly = true)
public class OwnVerdicts {
    private final ReviewStore store;
    private final DecisionRules rules;

    OwnVerdicts(ReviewStore store, DecisionRules rules) {
        this.store = store;
        this.rules = rules;
    }

    /** Own verdict per reviewer who submitted scores (null when the reviewer scored nothing), in submission order. */
    public Map<String, Integer> of(String studyId) {
        Map<String, Integer> verdicts = new LinkedHashMap<>();
        store.independentScores(studyId).forEach((reviewer, sheet) -> verdicts.put(reviewer, rules.verdict(sheet)));
        return verdicts;
    }
}
