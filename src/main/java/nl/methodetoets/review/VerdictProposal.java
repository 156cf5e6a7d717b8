package nl.methodetoets.review;

import java.util.Map;

/** What the chair sees before fixing the verdict: the consolidated scores and what the decision tables compute. */
public record VerdictProposal(Map<String, Integer> consolidated, Integer computedVerdict, boolean computedExemplary) {
}
