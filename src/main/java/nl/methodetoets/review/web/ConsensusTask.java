package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.SubmittedReview;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** CONSENSUS: the chair records the agreed scores where the independent scores differ too much. */
@Component
class ConsensusTask implements TaskHandler<ConsensusTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("CONSENSUS", ReviewProcess.TASK_CONSENSUS);

    /** The independent scores per reviewer, why consensus is needed ("K6:SPREAD_TWO_OR_MORE") and the rubric. */
    record Details(Map<String, Map<String, Integer>> independentScores, List<String> reasons, Rubric rubric) {
    }

    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes a CONSENSUS task: the scores the commission agreed on.",
            requiredProperties = {"scores", "rationale"})
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "Per criterion code (K1-K8) the agreed level 1-5, or null for not applicable.")
                Map<String, Integer> scores,
                @io.swagger.v3.oas.annotations.media.Schema(description = "How the consensus was reached.") String rationale) {
    }

    /**
     * The consensus form: the details, the criteria where the reviewers differ (highlighted), the agreed scores the
     * form starts from ("nvt" for n.v.t.), the study type, which decides where "n.v.t." may be chosen, and each
     * reviewer's sent review (scores, comments, pages, summary) with their names, side by side.
     */
    record Form(Map<String, Map<String, Integer>> independentScores, List<String> reasons, Rubric rubric,
                Set<String> disagreements, Map<String, String> agreedDefaults, String studyType,
                List<SubmittedReview> reviews, Map<String, String> names) {
    }

    private final ReviewManagement reviews;
    private final SubmissionManagement submissions;
    private final TaskBodies bodies;
    private final ReviewerNames names;

    ConsensusTask(ReviewManagement reviews, SubmissionManagement submissions, TaskBodies bodies, ReviewerNames names) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.bodies = bodies;
        this.names = names;
    }

    @Override
    public TaskType type() {
        return TYPE;
    }

    @Override
    public Class<?> bodyType() {
        return Body.class;
    }

    @Override
    public Details details(WorkItem task, UserAccount user) {
        return new Details(reviews.independentScores(task.studyId()), reviews.consensusReasons(task.studyId()),
                reviews.rubricOf(task.studyId()));
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        reviews.recordConsensus(task.id(), task.studyId(), body.scores(), body.rationale(), user.id());
    }

    /** {@code score_K1} (a level, "nvt" or empty) becomes {@code scores}, always sent; {@code rationale} is copied. */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        ObjectNode scores = bodies.object();
        ScoreFields.copyScores(form, scores);
        body.set("scores", scores);
        TaskBodies.copyText(form, body, "rationale");
        return body;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        String studyType = submissions.existing(task.studyId()).metadata().studyType().name();
        Collection<Map<String, Integer>> sheets = details.independentScores().values();
        List<SubmittedReview> sent = reviews.submittedReviews(task.studyId());
        return new TaskPage("review/tasks :: consensus", new Form(details.independentScores(), details.reasons(),
                details.rubric(), disagreements(sheets), agreedDefaults(sheets), studyType, sent,
                names.of(sent.stream().map(SubmittedReview::reviewerId).toList())));
    }

    /** Criteria where the independent scores differ (n.v.t. counts as a score), for highlighting. */
    static Set<String> disagreements(Collection<Map<String, Integer>> sheets) {
        return codes(sheets).stream().filter(code -> values(sheets, code).size() > 1).collect(Collectors.toSet());
    }

    /** Where every reviewer gave the same score, the consensus form starts from it ("nvt" for n.v.t.). */
    static Map<String, String> agreedDefaults(Collection<Map<String, Integer>> sheets) {
        Map<String, String> defaults = new LinkedHashMap<>();
        codes(sheets).forEach(code -> {
            Set<String> values = values(sheets, code);
            if (values.size() == 1) {
                defaults.put(code, values.iterator().next());
            }
        });
        return defaults;
    }

    private static List<String> codes(Collection<Map<String, Integer>> sheets) {
        return sheets.stream().flatMap(s -> s.keySet().stream()).distinct().toList();
    }

    private static Set<String> values(Collection<Map<String, Integer>> sheets, String code) {
        return sheets.stream().map(s -> s.get(code) == null ? ScoreFields.NOT_APPLICABLE : String.valueOf(s.get(code)))
                .collect(Collectors.toSet());
    }
}
