package nl.methodetoets.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments, independent and consolidated scores and assessments in the application's own tables. */
@Repository
class ReviewStore {
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insertAssignment(String studyId, String reviewerId, String rubricVersion, OffsetDateTime due) {
        jdbc.sql("""
                insert into review_assignment (study_id, reviewer_id, rubric_version, state, assigned_at, due_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(studyId, reviewerId, rubricVersion, Assignment.State.ACTIVE.name(), OffsetDateTime.now(clock), due).update();
    }

    /** The re-review of an objection: the one reviewer's assignment, apart from the study's independent ratings. */
    void insertObjectionAssignment(String studyId, String reviewerId, String rubricVersion, OffsetDateTime due,
                                   String objectionId) {
        jdbc.sql("""
                insert into review_assignment (study_id, reviewer_id, rubric_version, state, assigned_at, due_at, objection_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(studyId, reviewerId, rubricVersion, Assignment.State.ACTIVE.name(), OffsetDateTime.now(clock), due,
                        objectionId).update();
    }

    List<Assignment> assignments(String studyId) {
        return jdbc.sql("select * from review_assignment where study_id = ? order by assigned_at, reviewer_id")
                .param(studyId).query(ReviewStore::assignment).list();
    }

    Optional<Assignment> assignment(String studyId, String reviewerId) {
        return jdbc.sql("select * from review_assignment where study_id = ? and reviewer_id = ?")
                .params(studyId, reviewerId).query(ReviewStore::assignment).optional();
    }

    List<Assignment> assignmentsOf(String reviewerId) {
        return jdbc.sql("select * from review_assignment where reviewer_id = ?").param(reviewerId)
                .query(ReviewStore::assignment).list();
    }

    /** Open scoring work per reviewer, for balancing proposals. */
    Map<String, Integer> openLoad() {
        Map<String, Integer> load = new LinkedHashMap<>();
        jdbc.sql("select reviewer_id, count(*) from review_assignment where state = 'ACTIVE' group by reviewer_id")
                .query(rs -> {
                    load.put(rs.getString(1), rs.getInt(2));
                });
        return load;
    }

    void markSubmitted(String studyId, String reviewerId, String summary) {
        jdbc.sql("update review_assignment set state = 'SUBMITTED', submitted_at = ?, summary = ? where study_id = ? and reviewer_id = ?")
                .params(OffsetDateTime.now(clock), summary, studyId, reviewerId).update();
    }

    void markConflict(String studyId, String reviewerId, String reason) {
        jdbc.sql("update review_assignment set state = 'CONFLICT', conflict_reason = ? where study_id = ? and reviewer_id = ?")
                .params(reason, studyId, reviewerId).update();
    }

    void insertScore(String studyId, String reviewerId, String criterion, Integer level, String comment, String pages) {
        jdbc.sql("insert into independent_score (study_id, reviewer_id, criterion, level, comment, pages) values (?, ?, ?, ?, ?, ?)")
                .params(studyId, reviewerId, criterion, level, comment, pages).update();
    }

    /** Saves or replaces a reviewer's draft (JSON), so scoring can be resumed later. */
    void saveDraft(String studyId, String reviewerId, String content) {
        int updated = jdbc.sql("update score_draft set content = ?, saved_at = ? where study_id = ? and reviewer_id = ?")
                .params(content, OffsetDateTime.now(clock), studyId, reviewerId).update();
        if (updated == 0) {
            jdbc.sql("insert into score_draft (study_id, reviewer_id, content, saved_at) values (?, ?, ?, ?)")
                    .params(studyId, reviewerId, content, OffsetDateTime.now(clock)).update();
        }
    }

    Optional<String> draft(String studyId, String reviewerId) {
        return jdbc.sql("select content from score_draft where study_id = ? and reviewer_id = ?")
                .params(studyId, reviewerId).query(String.class).optional();
    }

    void deleteDraft(String studyId, String reviewerId) {
        jdbc.sql("delete from score_draft where study_id = ? and reviewer_id = ?").params(studyId, reviewerId).update();
    }

    /** Per reviewer: open assignments, overdue ones, and the mean days from assignment to submission. */
    List<Workload> workload() {
        return jdbc.sql("""
                select reviewer_id,
                       sum(case when state = 'ACTIVE' then 1 else 0 end) as open_tasks,
                       sum(case when state = 'ACTIVE' and due_at < ? then 1 else 0 end) as overdue,
                       sum(case when state = 'SUBMITTED' then 1 else 0 end) as submitted
                from review_assignment group by reviewer_id order by reviewer_id""")
                .param(OffsetDateTime.now(clock))
                .query((rs, n) -> new Workload(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), null))
                .list();
    }

    /** Pairs of (assigned, submitted) times of one reviewer's submitted assignments, for turnaround. */
    List<OffsetDateTime[]> turnarounds(String reviewerId) {
        return jdbc.sql("select assigned_at, submitted_at from review_assignment where reviewer_id = ? and state = 'SUBMITTED'")
                .param(reviewerId)
                .query((rs, n) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)})
                .list();
    }

    /**
     * Independent scores of one study: reviewer → criterion → level (null = n.v.t.). An objection's re-review is not
     * one of them (it is no random second rating): consolidation, agreement statistics, calibration and the export
     * read these; {@link #reReviewScores} reads the re-review.
     */
    Map<String, Map<String, Integer>> independentScores(String studyId) {
        Map<String, Map<String, Integer>> sheets = new LinkedHashMap<>();
        jdbc.sql("""
                select s.reviewer_id, s.criterion, s.level from independent_score s
                join review_assignment a on a.study_id = s.study_id and a.reviewer_id = s.reviewer_id
                where s.study_id = ? and a.state = 'SUBMITTED' and a.objection_id is null
                order by a.submitted_at, s.reviewer_id, s.criterion""")
                .param(studyId).query(rs -> {
                    sheets.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), (Integer) rs.getObject(3));
                });
        return sheets;
    }

    /** The sent re-review of one objection: criterion → level (null = n.v.t.); empty until it is in. */
    Map<String, Integer> reReviewScores(String objectionId) {
        Map<String, Integer> sheet = new LinkedHashMap<>();
        jdbc.sql("""
                select s.criterion, s.level from independent_score s
                join review_assignment a on a.study_id = s.study_id and a.reviewer_id = s.reviewer_id
                where a.objection_id = ? and a.state = 'SUBMITTED' order by s.criterion""")
                .param(objectionId).query(rs -> {
                    sheet.put(rs.getString(1), (Integer) rs.getObject(2));
                });
        return sheet;
    }

    /** The re-review of one objection: its reviewer's assignment (a conflict declared on it included). */
    List<Assignment> objectionAssignments(String objectionId) {
        return jdbc.sql("select * from review_assignment where objection_id = ? order by assigned_at").param(objectionId)
                .query(ReviewStore::assignment).list();
    }

    void saveObjectionProposal(String objectionId, Integer verdict, boolean exemplary) {
        jdbc.sql("delete from objection_proposal where objection_id = ?").param(objectionId).update();
        jdbc.sql("insert into objection_proposal (objection_id, computed_verdict, computed_exemplary, computed_at) values (?, ?, ?, ?)")
                .params(objectionId, verdict, exemplary, OffsetDateTime.now(clock)).update();
    }

    Optional<StoredProposal> objectionProposal(String objectionId) {
        return jdbc.sql("select computed_verdict, computed_exemplary from objection_proposal where objection_id = ?")
                .param(objectionId)
                .query((rs, n) -> new StoredProposal((Integer) rs.getObject(1), rs.getBoolean(2))).optional();
    }

    /**
     * Sent reviews with everything in them (scores, comments, pages, summary), in the order they were sent: of one
     * study ({@code studyId}), of one reviewer ({@code reviewerId}), or both; a null argument does not filter. A
     * study's reviews (no reviewer given) are its independent ones, without an objection's re-review.
     */
    List<SubmittedReview> submittedReviews(String studyId, String reviewerId) {
        Map<String, SubmittedReview> reviews = new LinkedHashMap<>();
        jdbc.sql("""
                select a.study_id, a.reviewer_id, a.rubric_version, a.submitted_at, a.summary,
                       s.criterion, s.level, s.comment, s.pages
                from review_assignment a
                left join independent_score s on s.study_id = a.study_id and s.reviewer_id = a.reviewer_id
                where a.state = 'SUBMITTED' and (cast(? as varchar(100)) is null or a.study_id = ?)
                  and (cast(? as varchar(100)) is null or a.reviewer_id = ?)
                  and (cast(? as varchar(100)) is not null or a.objection_id is null)
                order by a.submitted_at, a.study_id, a.reviewer_id, s.criterion""")
                .params(studyId, studyId, reviewerId, reviewerId, reviewerId).query(rs -> {
                    String key = rs.getString("study_id") + "/" + rs.getString("reviewer_id");
                    SubmittedReview review = reviews.computeIfAbsent(key, k -> {
                        try {
                            return new SubmittedReview(rs.getString("study_id"), rs.getString("rubric_version"),
                                    rs.getObject("submitted_at", OffsetDateTime.class),
                                    new ScoreSheet(rs.getString("reviewer_id"), new LinkedHashMap<>(), new LinkedHashMap<>(),
                                            new LinkedHashMap<>(), rs.getString("summary")));
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    String criterion = rs.getString("criterion");
                    if (criterion != null) {
                        review.sheet().scores().put(criterion, (Integer) rs.getObject("level"));
                        review.sheet().comments().put(criterion, rs.getString("comment"));
                        review.sheet().pages().put(criterion, rs.getString("pages"));
                    }
                });
        return List.copyOf(reviews.values());
    }

    /** Reviewers' comments per criterion, in a stable order, without their authors (an objection's re-review aside). */
    Map<String, List<String>> comments(String studyId) {
        Map<String, List<String>> comments = new LinkedHashMap<>();
        jdbc.sql("""
                select s.criterion, s.comment from independent_score s
                join review_assignment a on a.study_id = s.study_id and a.reviewer_id = s.reviewer_id
                where s.study_id = ? and a.state = 'SUBMITTED' and a.objection_id is null
                  and s.comment is not null and s.comment <> ''
                order by s.criterion, a.submitted_at""")
                .param(studyId).query(rs -> {
                    comments.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return comments;
    }

    void saveConsolidated(String studyId, Map<String, Integer> scores, String source) {
        jdbc.sql("delete from consolidated_score where study_id = ?").param(studyId).update();
        scores.forEach((criterion, level) -> jdbc.sql(
                        "insert into consolidated_score (study_id, criterion, level, source) values (?, ?, ?, ?)")
                .params(studyId, criterion, level, source).update());
    }

    Map<String, Integer> consolidated(String studyId) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        jdbc.sql("select criterion, level from consolidated_score where study_id = ? order by criterion").param(studyId)
                .query(rs -> {
                    scores.put(rs.getString(1), (Integer) rs.getObject(2));
                });
        return scores;
    }

    void saveConsolidation(String studyId, boolean consensusRequired, String reasons) {
        jdbc.sql("delete from consolidation where study_id = ?").param(studyId).update();
        jdbc.sql("insert into consolidation (study_id, consensus_required, reasons, consolidated_at) values (?, ?, ?, ?)")
                .params(studyId, consensusRequired, reasons, OffsetDateTime.now(clock)).update();
    }

    void recordConsensus(String studyId, String rationale, String chair) {
        jdbc.sql("update consolidation set rationale = ?, decided_by = ? where study_id = ?").params(rationale, chair, studyId).update();
    }

    /** What the decision tables computed on the consolidated scores, stored once at consolidation. */
    record StoredProposal(Integer verdict, boolean exemplary) {
    }

    void saveProposal(String studyId, Integer verdict, boolean exemplary) {
        jdbc.sql("update consolidation set proposed_verdict = ?, proposed_exemplary = ?, proposed_at = ? where study_id = ?")
                .params(verdict, exemplary, OffsetDateTime.now(clock), studyId).update();
    }

    Optional<StoredProposal> proposal(String studyId) {
        return jdbc.sql("select proposed_verdict, proposed_exemplary from consolidation where study_id = ? and proposed_at is not null")
                .param(studyId)
                .query((rs, n) -> new StoredProposal((Integer) rs.getObject(1), rs.getBoolean(2))).optional();
    }

    Optional<String> consensusReasons(String studyId) {
        return jdbc.sql("select reasons from consolidation where study_id = ? and consensus_required = true").param(studyId)
                .query(String.class).optional();
    }

    void saveAssessment(String studyId, String rubricVersion, Integer computedVerdict, boolean computedExemplary,
                        int verdict, boolean exemplary, String motivation, String chair) {
        jdbc.sql("""
                insert into assessment (study_id, rubric_version, computed_verdict, computed_exemplary, verdict, exemplary,
                                        motivation, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(studyId, rubricVersion, computedVerdict, computedExemplary, verdict, exemplary, motivation, chair,
                        OffsetDateTime.now(clock)).update();
    }

    record AssessmentRow(String rubricVersion, int verdict, boolean exemplary, boolean provisional, String motivation) {
    }

    Optional<AssessmentRow> assessment(String studyId) {
        return jdbc.sql("select * from assessment where study_id = ?").param(studyId)
                .query((rs, n) -> new AssessmentRow(rs.getString("rubric_version"), rs.getInt("verdict"),
                        rs.getBoolean("exemplary"), rs.getBoolean("provisional"), rs.getString("motivation")))
                .optional();
    }

    void setProvisional(String studyId, boolean provisional) {
        jdbc.sql("update assessment set provisional = ? where study_id = ?").params(provisional, studyId).update();
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getString("study_id"), rs.getString("reviewer_id"), rs.getString("rubric_version"),
                Assignment.State.valueOf(rs.getString("state")), rs.getObject("assigned_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("summary"), rs.getString("objection_id"));
    }
}
