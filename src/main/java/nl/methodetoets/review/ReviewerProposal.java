package nl.methodetoets.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.methodetoets.identity.UserAccount;

/**
 * Who the system proposes to review a study and why each candidate was proposed or excluded
 * ({@code excludedBecause}: SAME_ORGANISATION, COMMISSIONING_ORGANISATION, DECLARED_CONFLICT, ALREADY_ASSIGNED,
 * REVIEWED_STUDY).
 */
public record ReviewerProposal(int required, List<String> proposal, List<Candidate> candidates) {
    public record Candidate(String id, String name, int openTasks, boolean proposed, String excludedBecause) {
    }

    /**
     * The proposal for {@code needed} reviewers: every reviewer is a candidate with their open tasks ({@code load}) and
     * the reason {@code excludedBecause} gives (null: eligible); the {@code needed} eligible ones with the fewest open
     * tasks (ties by id) are proposed. The one rule of both the study's assignment and an objection's.
     */
    static ReviewerProposal of(int needed, List<UserAccount> reviewers, Map<String, Integer> load,
                               Function<UserAccount, String> excludedBecause) {
        List<Candidate> candidates = reviewers.stream().map(r -> new Candidate(r.id(), r.name(),
                load.getOrDefault(r.id(), 0), false, excludedBecause.apply(r))).toList();
        List<String> proposal = candidates.stream().filter(c -> c.excludedBecause() == null)
                .sorted(Comparator.comparingInt(Candidate::openTasks).thenComparing(Candidate::id))
                .limit(needed).map(Candidate::id).toList();
        List<Candidate> marked = candidates.stream().map(c -> new Candidate(c.id(), c.name(), c.openTasks(),
                proposal.contains(c.id()), c.excludedBecause())).toList();
        return new ReviewerProposal(needed, proposal, marked);
    }
}
