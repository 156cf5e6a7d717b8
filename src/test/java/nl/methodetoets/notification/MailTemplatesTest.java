package nl.methodetoets.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void everyKindHasASubjectAndABodyWithTitleLinkAndSignature(MailKind kind) {
        RenderedMail mail = templates.render(kind, variables());
        assertThat(mail.subject()).contains("Wijkaanpak in Transvaal — een effectstudie").doesNotContain("\n").doesNotContain("[(");
        assertThat(mail.body())
                .startsWith("Beste Jan de Vries,")
                .contains("http://localhost:8080/studies/s-1")
                .contains("Het secretariaat van de Wetenschappelijke Commissie wijkenaanpak")
                .doesNotContain("${").doesNotContain("[#").doesNotContain("[/]");
    }

    @Test
    void theCompletionRequestQuotesTheSecretariat() {
        RenderedMail mail = templates.render(MailKind.COMPLETION_REQUEST, variables());
        assertThat(mail.subject()).isEqualTo("Aanvulling gevraagd: Wijkaanpak in Transvaal — een effectstudie");
        assertThat(mail.body()).contains("Voeg de responsanalyse toe. (uiterlijk 2012-11-30)");
    }

    @Test
    void theVerdictMailNamesVerdictAndExemplaryFlagOnlyWhenKnown() {
        Map<String, Object> variables = variables();
        variables.put("verdict", 5);
        variables.put("verdictLabel", "zeer goed");
        variables.put("exemplary", true);
        assertThat(templates.render(MailKind.VERDICT, variables).body())
                .contains("Eindoordeel: 5 (zeer goed), aangemerkt als voorbeeldstudie.");
        variables.put("exemplary", false);
        assertThat(templates.render(MailKind.VERDICT, variables).body())
                .contains("Eindoordeel: 5 (zeer goed).").doesNotContain("voorbeeldstudie");
        variables.remove("verdict");
        assertThat(templates.render(MailKind.VERDICT, variables).body()).doesNotContain("Eindoordeel:");
    }

    @Test
    void optionalPartsDisappearWithoutTheirValue() {
        Map<String, Object> variables = variables();
        variables.remove("note");
        assertThat(templates.render(MailKind.COMPLETION_REMINDER, variables).body()).doesNotContain("Het verzoek");
        assertThat(templates.render(MailKind.WITHDRAWN, variables).body()).doesNotContain("Toelichting");
    }

    @Test
    void theEscalationNamesTheReviewerForTheSecretariat() {
        RenderedMail mail = templates.render(MailKind.SCORE_OVERDUE, variables());
        assertThat(mail.subject()).endsWith("(Prof. B. Oordeel)");
        assertThat(mail.body()).contains("door Prof. B. Oordeel is verstreken");
    }

    private static Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", "Jan de Vries");
        variables.put("title", "Wijkaanpak in Transvaal — een effectstudie");
        variables.put("link", "http://localhost:8080/studies/s-1");
        variables.put("note", "Voeg de responsanalyse toe. (uiterlijk 2012-11-30)");
        variables.put("year", 2012);
        variables.put("reviewerName", "Prof. B. Oordeel");
        return variables;
    }
}
