package nl.methodetoets.advice;

import java.util.List;

/**
 * A year's advice round as the API shows it (API.md); {@code underObjection} lists the round's studies with an open
 * objection, which keep the round from being approved.
 */
public record AdviceRound(int year, AdviceStatus status, int studies, List<String> exemplary, int draftNumber,
                          String conclusions, String recommendations, String approvalRemarks, String finalSha256,
                          List<String> underObjection) {

    public AdviceRound(int year, AdviceStatus status, int studies, List<String> exemplary, int draftNumber,
                       String conclusions, String recommendations, String approvalRemarks, String finalSha256) {
        this(year, status, studies, exemplary, draftNumber, conclusions, recommendations, approvalRemarks, finalSha256, List.of());
    }
}
