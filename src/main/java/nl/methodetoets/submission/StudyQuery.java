package nl.methodetoets.submission;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The where-clause of a studies search, built from fixed SQL fragments with every user value as a bound parameter
 * (never concatenated). Works the same on H2 and PostgreSQL: {@code lower(..) like ? escape '\'}.
 */
final class StudyQuery {
    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final List<Object> params = new ArrayList<>();
    private boolean empty;

    static StudyQuery of(StudySearch search, String organisationScope, Collection<String> idScope) {
        StudyQuery q = new StudyQuery();
        if (search.year() != null) {
            q.and("s.study_year = ?", search.year());
        }
        if (search.status() != null) {
            q.and("s.status = ?", search.status().name());
        }
        if (search.organisation() != null) {
            q.and("s.organisation_id = ?", search.organisation());
        }
        if (organisationScope != null) {
            q.and("s.organisation_id = ?", organisationScope);
        }
        if (search.theme() != null) {
            // themes are stored comma-separated; the surrounding commas make WONEN not match e.g. "OPWONEN"
            q.and("(',' || s.themes || ',') like ?", "%," + search.theme().name() + ",%");
        }
        if (search.studyType() != null) {
            q.and("s.study_type = ?", search.studyType().name());
        }
        if (search.text() != null) {
            String pattern = "%" + escapeLike(search.text().toLowerCase(Locale.ROOT)) + "%";
            q.and("""
                    (lower(s.title) like ? escape '\\' or lower(coalesce(s.summary, '')) like ? escape '\\'
                     or exists (select 1 from report_text t where t.study_id = s.id
                                and t.version = (select max(v.version) from report_version v where v.study_id = s.id)
                                and lower(t.content) like ? escape '\\'))""", pattern, pattern, pattern);
        }
        if (idScope != null) {
            if (idScope.isEmpty()) {
                q.empty = true;
            } else {
                q.and("s.id in (" + String.join(",", idScope.stream().map(x -> "?").toList()) + ")", idScope.toArray());
            }
        }
        return q;
    }

    /** Nothing can match (an empty id scope); the caller skips the query. */
    boolean matchesNothing() {
        return empty;
    }

    String where() {
        return where.toString();
    }

    List<Object> params() {
        return params;
    }

    /** A user's % and _ are literal characters, not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private void and(String condition, Object... values) {
        where.append(" and ").append(condition);
        params.addAll(List.of(values));
    }
}
