package nl.methodetoets.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** User input reaches the search SQL only as bound parameters, with LIKE wildcards made literal. */
class StudyQueryTest {

    @Test
    void userTextIsABoundParameterNeverPartOfTheSql() {
        String hostile = "x' or '1'='1";
        StudyQuery query = StudyQuery.of(new StudySearch(2012, StudyStatus.IN_INTAKE, "org' --", Theme.WONEN,
                StudyType.EFFECT, hostile), "eigen-org", List.of("id-1"));
        assertThat(query.where()).doesNotContain(hostile).doesNotContain("org'").doesNotContain("eigen-org").doesNotContain("id-1");
        assertThat(query.params()).contains(2012, "IN_INTAKE", "org' --", "eigen-org", "%,WONEN,%", "EFFECT", "%x' or '1'='1%", "id-1");
    }

    @Test
    void wildcardsInTheTextAreEscaped() {
        assertThat(StudyQuery.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }

    @Test
    void anEmptyIdScopeMatchesNothing() {
        assertThat(StudyQuery.of(StudySearch.all(), null, List.of()).matchesNothing()).isTrue();
        assertThat(StudyQuery.of(StudySearch.all(), null, null).matchesNothing()).isFalse();
    }
}
