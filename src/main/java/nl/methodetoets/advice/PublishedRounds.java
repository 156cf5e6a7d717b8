package nl.methodetoets.advice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published rounds only, for the public register: every query here filters on PUBLISHED, so nothing of a round
 * before its publication can reach the register through this class.
 */
@Repository
class PublishedRounds {
    record Row(int year, OffsetDateTime published, String conclusions, String recommendations, String finalKey,
               String finalSha256) {
    }

    private static final String PUBLISHED = "'" + AdviceStatus.PUBLISHED.name() + "'";
    private final JdbcClient jdbc;

    PublishedRounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest year first. */
    List<Row> all() {
        return jdbc.sql("select * from advice_round where status = " + PUBLISHED + " order by advice_year desc")
                .query(this::row).list();
    }

    Optional<Row> find(int year) {
        return jdbc.sql("select * from advice_round where advice_year = ? and status = " + PUBLISHED).param(year)
                .query(this::row).optional();
    }

    List<String> studies(int year) {
        return jdbc.sql("""
                select s.study_id from advice_round_study s join advice_round r on r.advice_year = s.advice_year
                where s.advice_year = ? and r.status = %s order by s.study_id""".formatted(PUBLISHED))
                .param(year).query(String.class).list();
    }

    /** The published round a study belongs to, if any. */
    Optional<Integer> yearOf(String studyId) {
        return jdbc.sql("""
                select r.advice_year from advice_round r join advice_round_study s on s.advice_year = r.advice_year
                where s.study_id = ? and r.status = %s""".formatted(PUBLISHED))
                .param(studyId).query(Integer.class).optional();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getInt("advice_year"), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("conclusions"), rs.getString("recommendations"), rs.getString("final_storage_key"),
                rs.getString("final_sha256"));
    }
}
