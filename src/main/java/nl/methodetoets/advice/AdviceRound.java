package nl.methodetoets.advice;

import java.util.List;

/** A year's advice round as the API shows it (API.md). */
public record AdviceRound(int year, AdviceStatus status, int studies, List<String> exemplary, int draftNumber,
                          String conclusions, String recommendations, String approvalRemarks, String finalSha256) {
}
