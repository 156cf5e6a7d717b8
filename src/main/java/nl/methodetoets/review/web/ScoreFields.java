package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.methodetoets.web.TaskBodies;
import org.springframework.util.MultiValueMap;

/** The scoring forms' per-criterion fields: {@code score_K1} (a level, "nvt" or empty), {@code comment_K1}, {@code pages_K1}. */
final class ScoreFields {
    static final String NOT_APPLICABLE = "nvt";
    static final String SCORE = "score_";

    private ScoreFields() {
    }

    /** {@code score_K1=3} becomes {@code "K1": 3}, {@code score_K1=nvt} becomes {@code "K1": null}; empty ones are left out. */
    static boolean copyScores(MultiValueMap<String, String> form, ObjectNode scores) {
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            if (name.startsWith("score_") && value != null && !value.isBlank()) {
                String code = name.substring("score_".length());
                if (value.equals(NOT_APPLICABLE)) {
                    scores.putNull(code);
                } else {
                    TaskBodies.putNumber(scores, code, value);
                }
            }
        });
        return !scores.isEmpty();
    }

    /** Copies the fields {@code prefix + code} as {@code "code": text}; returns whether any was posted. */
    static boolean copyTexts(MultiValueMap<String, String> form, String prefix, ObjectNode texts) {
        boolean any = false;
        for (var field : form.entrySet()) {
            if (field.getKey().startsWith(prefix)) {
                texts.put(field.getKey().substring(prefix.length()), field.getValue().isEmpty() ? null : field.getValue().get(0));
                any = true;
            }
        }
        return any;
    }
}
