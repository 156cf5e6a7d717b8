package nl.methodetoets.advice;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import nl.methodetoets.advice.AdviceDocument.AdviceStudy;
import nl.methodetoets.advice.AdviceDocument.Change;
import nl.methodetoets.advice.AdviceDocument.CriterionFinding;
import nl.methodetoets.advice.AdviceDocument.Instrument;
import nl.methodetoets.advice.AdviceDocument.Member;
import nl.methodetoets.advice.AdviceDocument.MemberRole;
import nl.methodetoets.advice.AdviceDocument.Trend;
import nl.methodetoets.review.Rubric;

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

    /** The instrument version 2012-1 as the application installs it (src/main/resources/rubric/2012-1.json). */
    static final Rubric RUBRIC = rubric();
    static final Instrument INSTRUMENT = Instrument.of(RUBRIC);

    private static Rubric rubric() {
        try (java.io.InputStream in = AdviceTestDocuments.class.getResourceAsStream("/rubric/2012-1.json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Rubric.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The commission, deliberately not in the order of its roles: the document lists the chair first. */
    static final List<Member> MEMBERS = List.of(
            new Member("dr. B. Öğüt", MemberRole.MEMBER, "Universiteit Twente"),
            new Member("mr. D. Jansen", MemberRole.SECRETARIAT, "Ministerie van BZK"),
            new Member("prof. dr. A. de Vries", MemberRole.CHAIR, "Universiteit Utrecht"),
            new Member("dr. C. Ĳzerman", MemberRole.MEMBER, "Sociaal en Cultureel Planbureau"));

    static Map<String, Integer> scores(Integer... levels) {
        Map<String, Integer> scores = new java.util.LinkedHashMap<>();
        for (int i = 0; i < levels.length; i++) {
            scores.put("K" + (i + 1), levels[i]);
        }
        return scores;
    }

    static AdviceDocument full(boolean draft) {
        List<AdviceStudy> studies = List.of(
                new AdviceStudy("S-2024-001", EXEMPLARY_1, List.of("J. de Boer", "M. Öztürk", "L. Haddou"),
                        "Gemeente Rotterdam", "Ministerie van BZK", "EFFECT", 5, true, false,
                        "Vergelijkingswijken vooraf gekozen op basis van een nulmeting; verschil-in-verschillen met "
                                + "betrouwbaarheidsintervallen op wijkniveau en een open gedeelde syntax.",
                        scores(5, 5, 4, 5, 4, 5, 5, 4)),
                new AdviceStudy("S-2024-002", EXEMPLARY_2, List.of("A. van Dijk", "R. Jansen"),
                        "Universiteit van Tilburg", null, "MONITOR", 4, true, true,
                        "De gespreide invoering over wijken is benut als quasi-experiment; uitval is gerapporteerd "
                                + "en met weging behandeld.",
                        scores(null, null, 4, 4, 3, 4, 4, 4)),
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
                new CriterionFinding("K1", "Onderzoeksopzet / contrafactische situatie", 2.57, 3L, 0.712,
                        new Change(2.31, 0.26, 0.04, 0.49, "aantoonbaar verbeterd")),
                new CriterionFinding("K2", "Vergelijkbaarheid en verstorende factoren", 2.71, 3L, 0.655,
                        new Change(2.9, -0.19, -0.45, 0.06, "geen aantoonbare verandering")),
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
                MEMBERS,
                Map.of(1, 1L, 2, 1L, 3, 2L, 4, 2L, 5, 1L),
                findings,
                List.of("K1", "K2", "K6", "K5", "K3", "K7"),
                new Trend(2023, 0.31, -0.12, 0.74,
                        "Het verschil is positief, maar het interval omvat nul: een verbetering is nog niet "
                                + "aantoonbaar."),
                INSTRUMENT,
                GENERATED);
    }

    static AdviceDocument empty() {
        return new AdviceDocument(2025, false, 0, null, "", List.of(), List.of(), Map.of(), List.of(), List.of(), null,
                null, null);
    }

    /**
     * A round of {@code count} studies (every tenth exemplary) with all parts filled, so that the content runs over
     * many pages and the charts land wherever the text before them ends.
     */
    static AdviceDocument large(boolean draft, int count) {
        String[] organisations = {"Gemeente Den Haag", "Gemeente Groningen", "Universiteit Twente",
                "Sociaal en Cultureel Planbureau", "Verwey-Jonker Instituut", "Gemeente Rotterdam"};
        String[] types = {"EFFECT", "MONITOR", "PROCESS"};
        List<AdviceStudy> studies = new java.util.ArrayList<>();
        Map<Integer, Long> distribution = new java.util.TreeMap<>();
        for (int i = 1; i <= count; i++) {
            String type = types[i % 3];
            boolean exemplary = i % 10 == 0;
            int verdict = exemplary ? 4 + i % 20 / 10 : 1 + i % 4;
            distribution.merge(verdict, 1L, Long::sum);
            studies.add(new AdviceStudy(String.format("S-%04d", i),
                    String.format("Studie %03d: effecten van de wijkaanpak op wonen, werk en veiligheid in wijk %d", i, i),
                    List.of("A. Onderzoeker", "B. Analist"), organisations[i % organisations.length],
                    i % 4 == 0 ? null : organisations[(i + 2) % organisations.length], type, verdict, exemplary,
                    exemplary && i % 20 == 0,
                    exemplary ? "Vergelijkingswijken vooraf gekozen; uitval gerapporteerd en behandeld; de analyse "
                            + "laat de onzekerheid zien." : null,
                    exemplary ? scores(type.equals("EFFECT") ? 4 : null, type.equals("EFFECT") ? 4 : null, 4, 5, 4, 4, 5, 4) : null));
        }
        List<CriterionFinding> findings = new java.util.ArrayList<>();
        for (Rubric.Criterion c : RUBRIC.criteria()) {
            int k = Integer.parseInt(c.code().substring(1));
            findings.add(new CriterionFinding(c.code(), c.name(), 2.5 + k * 0.1, (long) (count / (k + 1)), 0.6 + k * 0.03,
                    new Change(2.4 + k * 0.1, 0.1 * (k - 4), 0.1 * (k - 4) - 0.2, 0.1 * (k - 4) + 0.2,
                            k < 3 ? "aantoonbaar verslechterd" : k > 5 ? "aantoonbaar verbeterd" : "geen aantoonbare verandering")));
        }
        return new AdviceDocument(2012, draft, 3,
                "De methodologische kwaliteit is aantoonbaar verbeterd, maar schiet op onderdelen tekort.\n\n"
                        + "Vijf studies kunnen als voorbeeld dienen.",
                "Kies vergelijkingswijken vooraf.\n\nRapporteer uitval per wijk.",
                studies, MEMBERS, distribution, findings, List.of("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8"),
                new Trend(2011, 0.4, 0.1, 0.7, "aantoonbaar verbeterd"), INSTRUMENT, GENERATED);
    }
}
