package nl.methodetoets.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.methodetoets.common.InputLimits;
import nl.methodetoets.common.Validation;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.submission.Study;
import nl.methodetoets.submission.SubmissionManagement;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * From independent scores to the chair's verdict: consolidation by the rules (consensus triggers in DMN),
 * the consensus meeting, and the verdict with the computed proposal beside it. The proposal is computed once, when
 * the scores are consolidated (by rule or by consensus), and stored: evaluating the decisions writes their history,
 * so opening the verdict task must only read it. Each step is announced as an event; the submission module moves
 * the study's status.
 */
@Component
class Verdicts {
    private final ReviewStore store;
    private final RubricCatalog rubrics;
    private final DecisionRules rules;
    private final SubmissionManagement submissions;
    private final TaskService tasks;
    private final ApplicationEventPublisher events;

    Verdicts(ReviewStore store, RubricCatalog rubrics, DecisionRules rules, SubmissionManagement submissions, TaskService tasks,
             ApplicationEventPublisher events) {
        this.store = store;
        this.rubrics = rubrics;
        this.rules = rules;
        this.submissions = submissions;
        this.tasks = tasks;
        this.events = events;
    }

    boolean consolidate(String studyId) {
        Map<String, Map<String, Integer>> sheets = store.independentScores(studyId);
        List<String> codes = rubricOf(studyId).codes();
        Set<String> reasons = new LinkedHashSet<>();
        for (String code : codes) {
            List<Integer> levels = new ArrayList<>();
            sheets.values().forEach(sheet -> levels.add(sheet.get(code)));
            rules.consensusReasons(code, ConsolidationRule.Spread.of(levels)).forEach(r -> reasons.add(code + ":" + r));
        }
        List<Integer> ownVerdicts = sheets.values().stream().map(rules::verdict).filter(Objects::nonNull).toList();
        rules.consensusReasons("VERDICT", ConsolidationRule.Spread.of(ownVerdicts)).forEach(r -> reasons.add("VERDICT:" + r));
        boolean consensus = !reasons.isEmpty();
        store.saveConsolidation(studyId, consensus, String.join(",", reasons));
        if (consensus) {
            events.publishEvent(new ConsensusNeeded(studyId, List.copyOf(reasons)));
        } else {
            store.saveConsolidated(studyId, ConsolidationRule.consolidate(codes, sheets.values()), "RULE");
            storeProposal(studyId);
            events.publishEvent(new ScoresConsolidated(studyId));
        }
        return consensus;
    }

    List<String> consensusReasons(String studyId) {
        return store.consensusReasons(studyId).filter(s -> !s.isBlank()).map(s -> List.of(s.split(","))).orElse(List.of());
    }

    void recordConsensus(String taskId, String studyId, Map<String, Integer> scores, String rationale, String chair) {
        Rubric rubric = rubricOf(studyId);
        Map<String, Integer> agreed = scores == null ? Map.of() : scores;
        Validation v = new Validation().notBlank(rationale, "rationale").text(rationale, "rationale", InputLimits.MOTIVATION);
        v.require(agreed.size() <= InputLimits.CRITERIA, "scores", "validation.tooMany", InputLimits.CRITERIA);
        ScoreRules.validate(rubric, submissions.existing(studyId).metadata().studyType().name(), agreed, v);
        v.throwIfInvalid();
        Map<String, Integer> ordered = new LinkedHashMap<>();
        rubric.codes().forEach(code -> ordered.put(code, agreed.get(code)));
        store.saveConsolidated(studyId, ordered, "CONSENSUS");
        store.recordConsensus(studyId, rationale, chair);
        storeProposal(studyId);
        events.publishEvent(new ConsensusReached(studyId, chair));
        tasks.complete(taskId);
    }

    /**
     * The proposal stored at consolidation. Only a study consolidated before proposals were stored gets it computed
     * (and stored) here, once.
     */
    VerdictProposal proposal(String studyId) {
        Map<String, Integer> consolidated = store.consolidated(studyId);
        if (consolidated.isEmpty()) {
            return new VerdictProposal(consolidated, null, false);
        }
        return store.proposal(studyId)
                .map(p -> new VerdictProposal(consolidated, p.verdict(), p.exemplary()))
                .orElseGet(() -> storeProposal(studyId));
    }

    private VerdictProposal storeProposal(String studyId) {
        VerdictProposal proposal = compute(studyId);
        store.saveProposal(studyId, proposal.computedVerdict(), proposal.computedExemplary());
        return proposal;
    }

    /** Evaluates the decision tables on the consolidated scores. */
    private VerdictProposal compute(String studyId) {
        Map<String, Integer> consolidated = store.consolidated(studyId);
        Integer verdict = rules.verdict(consolidated);
        if (verdict == null) {
            return new VerdictProposal(consolidated, null, false);
        }
        List<Integer> ownVerdicts = store.independentScores(studyId).values().stream().map(rules::verdict)
                .filter(Objects::nonNull).toList();
        int lowestOwn = ownVerdicts.stream().min(Integer::compare).orElse(0);
        int range = ownVerdicts.isEmpty() ? 0 : ownVerdicts.stream().max(Integer::compare).get() - lowestOwn;
        Integer lowestScore = consolidated.values().stream().filter(Objects::nonNull).min(Integer::compare).orElse(null);
        Study study = submissions.existing(studyId);
        boolean exemplary = rules.exemplary(verdict, lowestScore, study.metadata().studyType().name(), consolidated.get("K1"),
                lowestOwn, range);
        return new VerdictProposal(consolidated, verdict, exemplary);
    }

    void decide(String taskId, String studyId, Integer verdict, Boolean exemplary, String motivation, UserAccount chair) {
        VerdictProposal proposal = proposal(studyId);
        Validation v = new Validation()
                .require(verdict != null && verdict >= 1 && verdict <= 5, "verdict", "score.range")
                .require(exemplary != null, "exemplary", "validation.required");
        boolean departs = verdict != null && exemplary != null
                && (!verdict.equals(proposal.computedVerdict()) || exemplary != proposal.computedExemplary());
        v.require(!departs || (motivation != null && !motivation.isBlank()), "motivation", "verdict.motivationRequired");
        v.text(motivation, "motivation", InputLimits.MOTIVATION);
        v.throwIfInvalid();
        store.saveAssessment(studyId, rubricOf(studyId).version(), proposal.computedVerdict(), proposal.computedExemplary(),
                verdict, exemplary, motivation, chair.id());
        events.publishEvent(new StudyAssessed(studyId, verdict, exemplary, chair.id()));
        tasks.complete(taskId);
    }

    Rubric rubricOf(String studyId) {
        return store.assignments(studyId).stream().findFirst().map(a -> rubrics.version(a.rubricVersion()))
                .orElseGet(rubrics::current);
    }
}
