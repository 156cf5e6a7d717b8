package nl.methodetoets.review;

import java.util.Map;
import nl.methodetoets.common.Validation;

/** Checks a set of scores against a rubric version: every criterion present, 1–5, n.v.t. only where allowed. */
final class ScoreRules {
    private ScoreRules() {
    }

    static void validate(Rubric rubric, String studyType, Map<String, Integer> scores, Validation v) {
        for (Rubric.Criterion c : rubric.criteria()) {
            String field = "scores." + c.code();
            Integer level = scores.get(c.code());
            v.require(scores.containsKey(c.code()), field, "score.required", c.code());
            v.require(level == null || (level >= 1 && level <= 5), field, "score.range", c.code());
            v.require(level != null || !scores.containsKey(c.code()) || c.mayBeNotApplicable(studyType), field,
                    "score.notApplicableNotAllowed", c.code());
        }
        scores.keySet().stream().filter(k -> !rubric.codes().contains(k))
                .forEach(k -> v.require(false, "scores." + k, "score.unknownCriterion"));
    }
}
