package nl.methodetoets.advice;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import nl.methodetoets.advice.AdviceDocument.AdviceStudy;
import nl.methodetoets.advice.AdviceDocument.CriterionFinding;
import nl.methodetoets.advice.AdviceDocument.Trend;

/** Annual advice documents to render in tests. */
final class AdviceTestDocuments {

    static final String EXEMPLARY_1 = "Verschil-in-verschillen in Ĳsselmonde: effecten van de wijkaanpak op veiligheid";
    static final String EXEMPLARY_2 = "Geïntegreerd buurtbeheer in Zuidoost-Brabant ë ö: een gespreide invoering";
    static final String CAFE_STUDY = "Het buurtcafé als ontmoetingsplek: monitor 2019–2024";

    /** The thresholds of application.yml (methodetoets.advice.*), for rendering without a Spring context. */
    static final AdviceRules RULES = new AdviceRules(0.667, 0.800);
    /** The texts in Dutch, the documents' language, from the application's message bundles. */
    static final org.springframework.context.support.MessageSourceAccessor DUTCH_TEXTS =
            new org.springframework.context.support.MessageSourceAccessor(
                    nl.methodetoets.common.DocumentTemplates.messages(), java.util.Locale.forLanguageTag("nl"));
    static final OffsetDateTime GENERATED = OffsetDateTime.of(2025, 3, 14, 10, 30, 0, 0, ZoneOffset.ofHours(1));

    private AdviceTestDocuments() {
    }

    static AdviceDocument full(boolean draft) {
        List<AdviceStudy> studies = List.of(
                new AdviceStudy("S-2024-001", EXEMPLARY_1, List.of("J. de Boer", "M. Öztürk", "L. Haddou"),
                        "Gemeente Rotterdam", "EFFECT", 5, true, false,
                        "Vergelijkingswijken vooraf gekozen op basis van een nulmeting; verschil-in-verschillen met "
                                + "betrouwbaarheidsintervallen op wijkniveau en een open gedeelde syntax."),
                new AdviceStudy("S-2024-002", EXEMPLARY_2, List.of("A. van Dijk", "R. Jansen"),
                        "Universiteit van Tilburg", "EFFECT", 4, true, true,
                        "De gespreide invoering over wijken is benut als quasi-experiment; uitval is gerapporteerd "
                                + "en met weging behandeld."),
                new AdviceStudy("S-2024-003", CAFE_STUDY, List.of("P. Smit"), "Gemeente Den Haag", "MONITOR", 3,
                        false, false, null),
                new AdviceStudy("S-2024-004", "Procesevaluatie wijkteams Groningen", List.of("K. Visser"),
                        "Rijksuniversiteit Groningen", "PROCESS", 2, false, false, null),
                new AdviceStudy("S-2024-005", "Leefbaarheid en veiligheid in Amsterdam Nieuw-West",
                        List.of("S. el Amrani", "T. Bakker"), "Gemeente Amsterdam", "EFFECT", 3, false, false, null),
                new AdviceStudy("S-2024-006", "Schoolresultaten na de brede-schoolaanpak",
                        List.of("E. Mulder"), "SCP", "EFFECT", 1, false, false, null),
                new AdviceStudy("S-2024-007", "Woningcorporaties en herstructurering: een tussenbalans",
                        List.of(), "Aedes", "MONITOR", null, false, false, null),
                new AdviceStudy("S-2024-008", "Werk en participatie in de Utrechtse krachtwijken",
                        List.of("F. Claes", "N. Çelik"), "Universiteit Utrecht", "EFFECT", 4, false, false, null));
        List<CriterionFinding> findings = List.of(
                new CriterionFinding("K1", "Onderzoeksopzet / contrafactische situatie", 2.57, 3L, 0.712, 2.31),
                new CriterionFinding("K2", "Vergelijkbaarheid en verstorende factoren", 2.71, 3L, 0.655, 2.9),
                new CriterionFinding("K3", "Beleidstheorie en interventie", 3.25, 1L, 0.801),
                new CriterionFinding("K4", "Meetkwaliteit en databronnen", 3.5, 0L, 0.844),
                new CriterionFinding("K5", "Respons, uitval en ontbrekende gegevens", 2.88, 2L, null),
                new CriterionFinding("K6", "Analyse, precisie en toeschrijving", 2.63, 3L, 0.690),
                new CriterionFinding("K7", "Transparantie en rapportage", 3.38, 1L, 0.77),
                new CriterionFinding("K8", "Beleidsrendement en proportionaliteit", null, null, null));
        return new AdviceDocument(2024, draft, 2,
                "De methodologische kwaliteit van de effectstudies is dit jaar licht verbeterd.\n"
                        + "Vooral de onderzoeksopzet blijft achter.\n\n"
                        + "Twee studies zijn aangewezen als voorbeeldstudie; één daarvan voorlopig, omdat de "
                        + "overeenstemming op K2 onder de drempel lag. Het geïntegreerde café-onderzoek laat zien "
                        + "dat ook een monitor zorgvuldig kan rapporteren.",
                "Kies vergelijkingswijken vóór de start van de aanpak en leg een nulmeting vast.\n\n"
                        + "Rapporteer uitval en ontbrekende gegevens per wijk.",
                studies,
                List.of("prof. dr. A. de Vries (voorzitter)", "dr. B. Öğüt", "dr. C. Ĳzerman",
                        "mr. D. Jansen (secretaris)"),
                Map.of(1, 1L, 2, 1L, 3, 2L, 4, 2L, 5, 1L),
                findings,
                new Trend(2023, 0.31, -0.12, 0.74,
                        "Het verschil is positief, maar het interval omvat nul: een verbetering is nog niet "
                                + "aantoonbaar."),
                GENERATED);
    }

    static AdviceDocument empty() {
        return new AdviceDocument(2025, false, 0, null, "", List.of(), List.of(), Map.of(), List.of(), null, null);
    }
}
