package nl.methodetoets.review.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.methodetoets.identity.UserAccount;
import nl.methodetoets.review.ReviewManagement;
import nl.methodetoets.review.ReviewProcess;
import nl.methodetoets.review.Rubric;
import nl.methodetoets.review.ScoreSheet;
import nl.methodetoets.submission.Objection;
import nl.methodetoets.submission.ObjectionReviewProcess;
import nl.methodetoets.submission.Objections;
import nl.methodetoets.submission.SubmissionManagement;
import nl.methodetoets.web.SentForm;
import nl.methodetoets.web.TaskBodies;
import nl.methodetoets.web.TaskHandler;
import nl.methodetoets.web.TaskPage;
import nl.methodetoets.web.TaskType;
import nl.methodetoets.web.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * SCORE: a reviewer's independent scores, saved as a draft on the way, or a declared conflict of interest that
 * hands the task back for a replacement. Also the re-review of an objection ({@code objection: true}), with the
 * objection's grounds and nothing of the earlier scores or the verdict.
 */
@Component
class ScoreTask implements TaskHandler<ScoreTask.Details> {
    static final TaskType TYPE = TaskType.ofStudy("SCORE", ReviewProcess.TASK_SCORE, ObjectionReviewProcess.TASK_SCORE);

    /**
     * The rubric the reviewer scores with and their own saved draft, if any; for the re-review of an objection
     * ({@code objection}) its grounds and, when it has one, where its attachment is ({@code attachment}).
     */
    record Details(Rubric rubric, ScoreSheet draft, boolean objection, String grounds, String attachment) {
    }

    /** Scores (null: n.v.t.) with comments and pages per criterion; or {@code conflictOfInterest} with its reason. */
    @io.swagger.v3.oas.annotations.media.Schema(description = "Completes a SCORE task with a score for every criterion, or declares a conflict of "
            + "interest (`conflictOfInterest: true` with a `reason`), which hands the task back for a replacement.")
    record Body(@io.swagger.v3.oas.annotations.media.Schema(description = "Per criterion code (K1-K8) a level from 1 to 5, or null for not applicable where the "
                    + "study type allows it. Every criterion must be present.") Map<String, Integer> scores,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Per criterion code a comment; shown to the submitter unattributed.")
                Map<String, String> comments,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Per criterion code the report pages the score rests on, e.g. \"12, 15-17\".")
                Map<String, String> pages,
                @io.swagger.v3.oas.annotations.media.Schema(description = "The review's summary.") String summary,
                @io.swagger.v3.oas.annotations.media.Schema(description = "True to declare a conflict of interest instead of scoring.") Boolean conflictOfInterest,
                @io.swagger.v3.oas.annotations.media.Schema(description = "Why there is a conflict of interest (with `conflictOfInterest`).") String reason) {
    }

    /**
     * The scoring form: the details and the study type, which decides where "n.v.t." may be chosen. A form that failed
     * validation comes back from {@code sent}; a first visit from the draft.
     */
    record Form(Rubric rubric, ScoreSheet draft, String studyType, boolean objection, String grounds, String attachment) {

        /** What the score form sent; nothing when the conflict form on the same page was sent (the draft shows). */
        public SentForm scoresSent(SentForm sent) {
            return sent.values("conflictOfInterest").isEmpty() ? sent : SentForm.none();
        }

        /** How many criteria have a score (or n.v.t.): in what was sent, else in the draft. */
        public long scored(SentForm sent) {
            return rubric.criteria().stream().filter(c -> sent.present()
                    ? sent.value(ScoreFields.SCORE + c.code(), null) != null && !sent.value(ScoreFields.SCORE + c.code(), null).isBlank()
                    : draft != null && draft.scores().containsKey(c.code())).count();
        }

        /** The first page number in a page reference ("12, 15-17" → 12), for the "open page" link; null if none. */
        public Integer firstPage(String pages) {
            Matcher m = pages == null ? null : FIRST_NUMBER.matcher(pages);
            return m != null && m.find() ? Integer.valueOf(m.group()) : null;
        }
    }

    private static final Pattern FIRST_NUMBER = Pattern.compile("[0-9]{1,5}");

    private final ReviewManagement reviews;
    private final SubmissionManagement submissions;
    private final Objections objections;
    private final TaskBodies bodies;

    ScoreTask(ReviewManagement reviews, SubmissionManagement submissions, Objections objections, TaskBodies bodies) {
        this.reviews = reviews;
        this.objections = objections;
        this.submissions = submissions;
        this.bodies = bodies;
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
        Rubric rubric = reviews.rubricForReviewer(task.studyId(), user.id());
        ScoreSheet draft = reviews.draft(task.studyId(), user.id()).orElse(null);
        if (!ObjectionReviewProcess.TASK_SCORE.equals(task.taskKey())) {
            return new Details(rubric, draft, false, null, null);
        }
        Objection objection = objections.open(task.studyId());
        return new Details(rubric, draft, true, objection.grounds(), ObjectionLinks.attachment(task.studyId(), objection));
    }

    @Override
    public void complete(WorkItem task, JsonNode json, UserAccount user) {
        Body body = bodies.read(json, Body.class);
        if (Boolean.TRUE.equals(body.conflictOfInterest())) {
            reviews.declareConflict(task.id(), task.studyId(), user.id(), body.reason());
        } else {
            reviews.submitScores(task.id(), task.studyId(), sheet(body, user));
        }
    }

    @Override
    public void saveDraft(WorkItem task, JsonNode json, UserAccount user) {
        reviews.saveDraft(task.studyId(), sheet(bodies.read(json, Body.class), user));
    }

    /**
     * {@code score_K1} (a level or "nvt"), {@code comment_K1} and {@code pages_K1} become {@code scores},
     * {@code comments} and {@code pages}, sent when any score or comment was posted (the conflict form has none);
     * {@code summary}, {@code conflictOfInterest} and {@code reason} are copied.
     */
    @Override
    public JsonNode formBody(MultiValueMap<String, String> form) {
        ObjectNode body = bodies.object();
        ObjectNode scores = bodies.object();
        ObjectNode comments = bodies.object();
        ObjectNode pages = bodies.object();
        boolean scored = ScoreFields.copyScores(form, scores);
        boolean commented = ScoreFields.copyTexts(form, "comment_", comments);
        ScoreFields.copyTexts(form, "pages_", pages);
        if (scored || commented) {
            body.set("scores", scores);
            body.set("comments", comments);
            body.set("pages", pages);
        }
        TaskBodies.copyText(form, body, "summary", "reason");
        TaskBodies.copyFlags(form, body, "conflictOfInterest");
        return body;
    }

    /** A reviewer who opens their sent scoring task rereads their review (not after declaring a conflict). */
    @Override
    public String afterwards(WorkItem task) {
        return reviews.ownReview(task.studyId(), task.assignee()).isPresent() ? "/reviews/" + task.studyId() : null;
    }

    @Override
    public TaskPage page(WorkItem task, Details details, UserAccount user) {
        String studyType = submissions.existing(task.studyId()).metadata().studyType().name();
        return new TaskPage("review/tasks :: score", new Form(details.rubric(), details.draft(), studyType,
                details.objection(), details.grounds(), ObjectionLinks.page(details.attachment())));
    }

    private static ScoreSheet sheet(Body body, UserAccount user) {
        return new ScoreSheet(user.id(), body.scores(), body.comments(), body.pages(), body.summary());
    }
}
