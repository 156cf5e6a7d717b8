package nl.methodetoets.submission;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections in the application's own table, oldest first. */
@Repository
class ObjectionStore {
    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String id, String studyId, String grounds, String filedBy, OffsetDateTime at, int originalVerdict,
                boolean originalExemplary) {
        jdbc.sql("""
                insert into objection (id, study_id, status, grounds, filed_by, filed_at, original_verdict, original_exemplary)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, studyId, ObjectionStatus.FILED.name(), grounds, filedBy, at, originalVerdict, originalExemplary)
                .update();
    }

    void attach(String id, String key, String sha256, long bytes, int pages) {
        jdbc.sql("update objection set attachment_key = ?, attachment_sha256 = ?, attachment_bytes = ?, attachment_pages = ? where id = ?")
                .params(key, sha256, bytes, pages, id).update();
    }

    void admissible(String id, String remarks) {
        jdbc.sql("update objection set status = ?, remarks = ? where id = ?")
                .params(ObjectionStatus.ADMISSIBLE.name(), remarks, id).update();
    }

    void inadmissible(String id, String remarks, String decidedBy, OffsetDateTime at) {
        jdbc.sql("update objection set status = ?, remarks = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(ObjectionStatus.INADMISSIBLE.name(), remarks, decidedBy, at, id).update();
    }

    void decided(String id, boolean upheld, Integer verdict, Boolean exemplary, String motivation, String decidedBy,
                 OffsetDateTime at) {
        jdbc.sql("""
                update objection set status = ?, verdict = ?, exemplary = ?, motivation = ?, decided_by = ?, decided_at = ?
                where id = ?""")
                .params((upheld ? ObjectionStatus.UPHELD : ObjectionStatus.REJECTED).name(), upheld ? verdict : null,
                        upheld ? exemplary : null, motivation, decidedBy, at, id).update();
    }

    List<Objection> ofStudy(String studyId) {
        return jdbc.sql("select * from objection where study_id = ? order by filed_at, id").param(studyId)
                .query(ObjectionStore::objection).list();
    }

    Optional<Objection> find(String studyId, String id) {
        return jdbc.sql("select * from objection where study_id = ? and id = ?").params(studyId, id)
                .query(ObjectionStore::objection).optional();
    }

    Optional<String> attachmentKey(String id) {
        return jdbc.sql("select attachment_key from objection where id = ? and attachment_key is not null").param(id)
                .query(String.class).optional();
    }

    private static Objection objection(ResultSet rs, int row) throws SQLException {
        String key = rs.getString("attachment_key");
        Objection.Attachment attachment = key == null ? null : new Objection.Attachment(rs.getString("attachment_sha256"),
                rs.getInt("attachment_pages"), rs.getLong("attachment_bytes"));
        return new Objection(rs.getString("id"), rs.getString("study_id"), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getString("grounds"), rs.getObject("filed_at", OffsetDateTime.class), rs.getString("filed_by"),
                rs.getInt("original_verdict"), rs.getBoolean("original_exemplary"), rs.getString("remarks"),
                (Integer) rs.getObject("verdict"), (Boolean) rs.getObject("exemplary"), rs.getString("motivation"),
                rs.getObject("decided_at", OffsetDateTime.class), attachment);
    }
}
