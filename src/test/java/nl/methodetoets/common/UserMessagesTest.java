package nl.methodetoets.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Each field's message names its field, from {@code field.<name>}, in one place for every form. */
class UserMessagesTest {
    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void aMessageNamesItsFieldAndAPartOfAFieldFallsBackToItsGroup() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("field.remarks", NL, "Toelichting");
        source.addMessage("field.scores", NL, "{0}");
        source.addMessage("intake.rejectReasonRequired", NL, "Geef een reden voor de afwijzing.");
        source.addMessage("score.required", NL, "Geef een score voor dit criterium.");
        source.addMessage("report.notPdf", NL, "PDF onleesbaar.");
        source.addMessage("field.report", NL, "Rapport");
        source.addMessage("validation.required", NL, "Dit veld is verplicht.");

        InvalidInputException e = new InvalidInputException(List.of(
                new InvalidInputException.FieldError("remarks", "intake.rejectReasonRequired"),
                new InvalidInputException.FieldError("scores.K3", "score.required"),
                new InvalidInputException.FieldError("report", "report.notPdf"),
                new InvalidInputException.FieldError("unlabelled", "validation.required")));

        assertThat(new UserMessages(source).byField(e, NL)).containsExactly(
                java.util.Map.entry("remarks", "Toelichting: geef een reden voor de afwijzing."),
                java.util.Map.entry("scores.K3", "K3: geef een score voor dit criterium."),
                java.util.Map.entry("report", "Rapport: PDF onleesbaar."),
                java.util.Map.entry("unlabelled", "Dit veld is verplicht."));
    }
}
