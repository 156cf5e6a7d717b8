package nl.methodetoets.advice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Advice rounds and the studies gathered into them. */
@Repository
class AdviceStore {
    record Row(int year, AdviceStatus status, String conclusions, String recommendations, String approvalRemarks,
               int draftNumber, String draftKey, String finalKey, String finalSha256) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AdviceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(int year, String startedBy) {
        jdbc.sql("insert into advice_round (advice_year, status, started_by, started_at) values (?, ?, ?, ?)")
                .params(year, AdviceStatus.DRAFTING.name(), startedBy, OffsetDateTime.now(clock)).update();
    }

    Optional<Row> find(int year) {
        return jdbc.sql("select * from advice_round where advice_year = ?").param(year)
                .query((rs, n) -> new Row(rs.getInt("advice_year"), AdviceStatus.valueOf(rs.getString("status")),
                        rs.getString("conclusions"), rs.getString("recommendations"), rs.getString("approval_remarks"),
                        rs.getInt("draft_number"), rs.getString("draft_storage_key"), rs.getString("final_storage_key"),
                        rs.getString("final_sha256")))
                .optional();
    }

    List<Integer> years() {
        return jdbc.sql("select advice_year from advice_round order by advice_year desc").query(Integer.class).list();
    }

    /** Locks the round for the rest of the transaction. */
    void lock(int year) {
        jdbc.sql("select advice_year from advice_round where advice_year = ? for update").param(year).query(Integer.class).optional();
    }

    void status(int year, AdviceStatus status) {
        jdbc.sql("update advice_round set status = ? where advice_year = ?").params(status.name(), year).update();
    }

    /** Whether the round was approved (or published), with its row locked for the rest of the transaction. */
    boolean approvedLocking(int year) {
        return jdbc.sql("select approved_at, status from advice_round where advice_year = ? for update").param(year)
                .query((rs, n) -> rs.getObject(1) != null || AdviceStatus.PUBLISHED.name().equals(rs.getString(2)))
                .optional().orElse(false);
    }

    void approved(int year) {
        jdbc.sql("update advice_round set approved_at = ? where advice_year = ?").params(OffsetDateTime.now(clock), year).update();
    }

    void texts(int year, String conclusions, String recommendations) {
        jdbc.sql("update advice_round set conclusions = ?, recommendations = ? where advice_year = ?")
                .params(conclusions, recommendations, year).update();
    }

    void remarks(int year, String remarks) {
        jdbc.sql("update advice_round set approval_remarks = ? where advice_year = ?").params(remarks, year).update();
    }

    void draft(int year, int number, String key, String sha256) {
        jdbc.sql("update advice_round set draft_number = ?, draft_storage_key = ?, draft_sha256 = ? where advice_year = ?")
                .params(number, key, sha256, year).update();
    }

    void published(int year, String key, String sha256) {
        jdbc.sql("update advice_round set final_storage_key = ?, final_sha256 = ?, status = ?, published_at = ? where advice_year = ?")
                .params(key, sha256, AdviceStatus.PUBLISHED.name(), OffsetDateTime.now(clock), year).update();
    }

    void finalDocument(int year, String key, String sha256) {
        jdbc.sql("update advice_round set final_storage_key = ?, final_sha256 = ? where advice_year = ?")
                .params(key, sha256, year).update();
    }

    void replaceStudies(int year, List<String> studyIds) {
        jdbc.sql("delete from advice_round_study where advice_year = ?").param(year).update();
        studyIds.forEach(id -> jdbc.sql("insert into advice_round_study (advice_year, study_id) values (?, ?)")
                .params(year, id).update());
    }

    List<String> studies(int year) {
        return jdbc.sql("select study_id from advice_round_study where advice_year = ? order by study_id").param(year)
                .query(String.class).list();
    }
}
