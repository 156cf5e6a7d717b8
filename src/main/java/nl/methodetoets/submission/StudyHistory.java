package nl.methodetoets.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The timelines and latest report versions of many studies at once: two queries per page of studies (in chunks of
 * {@value #CHUNK} ids), not two per study.
 */
@Repository
class StudyHistory {
    private static final int CHUNK = 500;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TimelineNotes notes;

    StudyHistory(JdbcClient jdbc, ObjectMapper json, TimelineNotes notes) {
        this.jdbc = jdbc;
        this.json = json;
        this.notes = notes;
    }

    /** Each study's timeline, oldest first; a study without entries is absent. */
    Map<String, List<TimelineEntry>> timelines(Collection<String> ids) {
        Map<String, List<TimelineEntry>> timelines = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            jdbc.sql("select * from study_event where study_id in (:ids) order by at, id").param("ids", chunk)
                    .query(rs -> {
                        timelines.computeIfAbsent(rs.getString("study_id"), k -> new ArrayList<>()).add(entry(rs));
                    });
        }
        return timelines;
    }

    /** Each study's latest report version; a study without a report is absent. */
    Map<String, ReportInfo> latestReports(Collection<String> ids) {
        Map<String, ReportInfo> reports = new HashMap<>();
        for (List<String> chunk : chunks(ids)) {
            jdbc.sql("""
                    select * from report_version r where r.study_id in (:ids)
                    and r.version = (select max(l.version) from report_version l where l.study_id = r.study_id)""")
                    .param("ids", chunk)
                    .query(rs -> {
                        reports.put(rs.getString("study_id"), new ReportInfo(rs.getInt("version"), rs.getString("sha256"),
                                rs.getInt("pages"), rs.getLong("bytes"), rs.getString("title_metadata"),
                                rs.getObject("uploaded_at", OffsetDateTime.class)));
                    });
        }
        return reports;
    }

    /** The entry with its text rendered in the reader's language (see {@link TimelineNotes}). */
    private TimelineEntry entry(ResultSet rs) throws SQLException {
        String key = rs.getString("message_key");
        String remarks = rs.getString("remarks");
        String args = rs.getString("message_args");
        List<String> arguments = args == null ? List.of() : read(args);
        return new TimelineEntry(StudyStatus.valueOf(rs.getString("status")), rs.getObject("at", OffsetDateTime.class),
                TimelineKind.valueOf(rs.getString("kind")), notes.render(key, arguments, remarks), rs.getString("actor"),
                remarks, key, arguments);
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
