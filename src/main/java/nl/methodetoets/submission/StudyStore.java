package nl.methodetoets.submission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Studies, their timeline and report versions in the application's own tables (history read by {@link StudyHistory}). */
@Repository
class StudyStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** Study titles remembered at most by {@link #titles}. */
    private static final int MAX_REMEMBERED_TITLES = 100_000;

    private final JdbcClient jdbc;
    /** Study id to title, as read by {@link #titles}: a title never changes. */
    private final Map<String, String> rememberedTitles = new java.util.concurrent.ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final StudyHistory history;

    StudyStore(JdbcClient jdbc, ObjectMapper json, StudyHistory history) {
        this.jdbc = jdbc;
        this.json = json;
        this.history = history;
    }

    void insert(String id, StudyMetadata m, String submittedBy, OffsetDateTime at) {
        jdbc.sql("""
                insert into study (id, title, authors, organisation_id, commissioned_by, study_year, study_type, wijken,
                                   themes, summary, status, submitted_by, submitted_at, public_report)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, m.title(), write(m.authors()), m.organisation(), m.commissionedBy(), m.year(),
                        m.studyType().name(), write(m.wijken()),
                        String.join(",", m.themes().stream().map(Enum::name).toList()), m.summary(),
                        StudyStatus.SUBMITTED.name(), submittedBy, at, m.publicReport())
                .update();
    }

    /** Locks the study row for the rest of the transaction, so concurrent status changes queue up. */
    Optional<StudyStatus> lockStatus(String id) {
        return jdbc.sql("select status from study where id = ? for update").param(id)
                .query((rs, n) -> StudyStatus.valueOf(rs.getString(1))).optional();
    }

    void markPossibleExample(String id, boolean possibleExample) {
        jdbc.sql("update study set possible_example = ? where id = ?").params(possibleExample, id).update();
    }

    /** The submitter's consent to publish the report (issue 11); the study's row version moves on with it. */
    void publicReport(String id, boolean publicReport) {
        jdbc.sql("update study set public_report = ?, row_version = row_version + 1 where id = ?").params(publicReport, id).update();
    }

    void updateStatus(String id, StudyStatus status) {
        jdbc.sql("update study set status = ?, row_version = row_version + 1 where id = ?").params(status.name(), id).update();
    }

    /** A timeline entry; {@code status} is the study's status after it (the kind's, or the current one for a note). */
    void addEvent(String id, StudyStatus status, TimelineKind kind, OffsetDateTime at, String actor, String remarks,
                  List<String> args) {
        jdbc.sql("""
                insert into study_event (study_id, status, at, kind, actor, remarks, message_key, message_args)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, status.name(), at, kind.name(), actor, remarks, kind.messageKey(),
                        args.isEmpty() ? null : write(args))
                .update();
    }

    Optional<Study> find(String id) {
        return withHistory(jdbc.sql("select * from study where id = ?").param(id).query(this::study).list()).stream().findFirst();
    }

    /** Studies matching the search within the viewer's scope (their organisation, or the ids they may see). */
    List<Study> list(StudySearch search, String organisationScope, Collection<String> idScope) {
        StudyQuery query = StudyQuery.of(search, organisationScope, idScope);
        if (query.matchesNothing()) {
            return List.of();
        }
        return withHistory(jdbc.sql("select s.* from study s" + query.where() + " order by s.submitted_at desc, s.id")
                .params(query.params()).query(this::study).list());
    }

    Optional<Integer> latestYearBefore(int year, java.util.Set<StudyStatus> statuses) {
        String in = String.join(",", statuses.stream().map(st -> "'" + st.name() + "'").toList());
        List<Integer> latest = jdbc.sql("select max(study_year) from study where study_year < ? and status in (" + in + ")")
                .param(year).query((rs, n) -> (Integer) rs.getObject(1)).list();
        return latest.isEmpty() ? Optional.empty() : Optional.ofNullable(latest.get(0));
    }

    /**
     * Titles by study id; unknown ids are absent. A study's title never changes once it is submitted, so titles read
     * once are kept (at most {@link #MAX_REMEMBERED_TITLES}; then the memory starts afresh) and only the others are
     * read, in one query whatever their number: one array parameter, so no statement of thousands of parameters to
     * parse (PostgreSQL takes at most 32,767), and both databases look each id up in the key's index. A task list of
     * 8,000 studies spent a fifth of its time here (issue 13).
     */
    java.util.Map<String, String> titles(Collection<String> ids) {
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        java.util.List<String> unknown = new java.util.ArrayList<>();
        for (String id : ids) {
            String title = rememberedTitles.get(id);
            if (title == null) {
                unknown.add(id);
            } else {
                titles.put(id, title);
            }
        }
        if (!unknown.isEmpty()) {
            if (rememberedTitles.size() + unknown.size() > MAX_REMEMBERED_TITLES) {
                rememberedTitles.clear();
            }
            jdbc.sql("select id, title from study where id = any(?)").param(unknown.toArray(new String[0]))
                    .query(rs -> {
                        String id = rs.getString(1);
                        String title = rs.getString(2);
                        titles.put(id, title);
                        if (title != null) {
                            rememberedTitles.put(id, title);
                        }
                    });
        }
        return titles;
    }

    int nextReportVersion(String studyId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from report_version where study_id = ?").param(studyId)
                .query(Integer.class).single();
    }

    void insertReport(String studyId, ReportInfo r, String storageKey, String uploadedBy) {
        jdbc.sql("""
                insert into report_version (study_id, version, sha256, bytes, pages, title_metadata, storage_key,
                                            uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(studyId, r.version(), r.sha256(), r.bytes(), r.pages(), r.title(), storageKey, uploadedBy,
                        r.uploadedAt())
                .update();
    }

    void insertReportText(String studyId, int version, String text) {
        jdbc.sql("insert into report_text (study_id, version, content) values (?, ?, ?)")
                .params(studyId, version, text).update();
    }

    Optional<String> reportKey(String studyId, int version) {
        return jdbc.sql("select storage_key from report_version where study_id = ? and version = ?")
                .params(studyId, version).query(String.class).optional();
    }

    Optional<String> latestReportKey(String studyId) {
        return jdbc.sql("select storage_key from report_version where study_id = ? order by version desc")
                .param(studyId).query(String.class).stream().findFirst();
    }

    /** The studies with their timelines and latest reports, read for all of them at once. */
    private List<Study> withHistory(List<Study> studies) {
        if (studies.isEmpty()) {
            return studies;
        }
        List<String> ids = studies.stream().map(Study::id).toList();
        Map<String, List<TimelineEntry>> timelines = history.timelines(ids);
        Map<String, ReportInfo> reports = history.latestReports(ids);
        return studies.stream().map(s -> new Study(s.id(), s.metadata(), s.status(), s.submittedBy(), s.submittedAt(),
                timelines.getOrDefault(s.id(), List.of()), reports.get(s.id()), s.possibleExample())).toList();
    }

    private Study study(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        String themes = rs.getString("themes");
        StudyMetadata metadata = new StudyMetadata(rs.getString("title"), read(rs.getString("authors")),
                rs.getString("organisation_id"), rs.getString("commissioned_by"), rs.getInt("study_year"),
                StudyType.valueOf(rs.getString("study_type")), read(rs.getString("wijken")),
                themes.isEmpty() ? List.of() : Arrays.stream(themes.split(",")).map(Theme::valueOf).toList(),
                rs.getString("summary"), rs.getBoolean("public_report"));
        return new Study(id, metadata, StudyStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                rs.getObject("submitted_at", OffsetDateTime.class), List.of(), null,
                rs.getBoolean("possible_example"));
    }

    private String write(List<String> values) {
        try {
            return json.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String value) {
        try {
            return json.readValue(value, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
