package nl.methodetoets.review;

import java.util.List;

/**
 * Who the system proposes to review a study and why each candidate was proposed or excluded
 * ({@code excludedBecause}: SAME_ORGANISATION, COMMISSIONING_ORGANISATION, DECLARED_CONFLICT, ALREADY_ASSIGNED).
 */
public record ReviewerProposal(int required, List<String> proposal, List<Candidate> candidates) {
    public record Candidate(String id, String name, int openTasks, boolean proposed, String excludedBecause) {
    }
}
