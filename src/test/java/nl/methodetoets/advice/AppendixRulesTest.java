package nl.methodetoets.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.junit.jupiter.api.Test;

/**
 * The appendix states the consolidation, verdict and exemplary rules in words; the rules themselves are the decision
 * tables in {@code processes/*.dmn}. This pins every number and criterion the words name to the tables, so changing
 * a rule without its description in the advice (or the other way round) fails here.
 */
class AppendixRulesTest {

    private static final String APPENDIX = appendixText();

    private static String appendixText() {
        String xhtml = new AdvicePdfRenderer(AdviceTestDocuments.RULES).toXhtml(AdviceTestDocuments.full(false));
        String appendix = xhtml.substring(xhtml.indexOf("id=\"bijlage\""));
        return appendix.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static DmnModelInstance dmn(String file) throws IOException {
        try (InputStream in = AppendixRulesTest.class.getResourceAsStream("/processes/" + file)) {
            return Dmn.readModelFromStream(in);
        }
    }

    private static String entry(DmnModelInstance model, String id) {
        InputEntry entry = model.getModelElementById(id);
        return entry.getText().getTextContent().strip();
    }

    @Test
    void consensusTriggersAreTheDecisionTablesOnes() throws IOException {
        DmnModelInstance triggers = dmn("consensus-triggers.dmn");
        assertThat(entry(triggers, "InputEntry_SpreadTwoOrMore_Spread")).isEqualTo(">= 2");
        assertThat(APPENDIX).contains("de scores op een criterium 2 of meer punten uiteenlopen");
        assertThat(entry(triggers, "InputEntry_Straddles2And3_Criterion")).isEqualTo("\"K1\",\"K2\",\"K5\",\"K6\"");
        assertThat(entry(triggers, "InputEntry_Straddles2And3_Lowest")).isEqualTo("<= 2");
        assertThat(entry(triggers, "InputEntry_Straddles2And3_Highest")).isEqualTo(">= 3");
        assertThat(APPENDIX).contains("de scores op K1, K2, K5 of K6 aan weerszijden van de grens tussen 2 en 3 liggen");
        assertThat(entry(triggers, "InputEntry_NotApplicableMixed_NotApplicableMixed")).isEqualTo("true");
        assertThat(APPENDIX).contains("de ene beoordelaar een criterium n.v.t. vindt waar een andere het scoort");
        assertThat(entry(triggers, "InputEntry_VerdictsStraddle3And4_Criterion")).isEqualTo("\"VERDICT\"");
        assertThat(entry(triggers, "InputEntry_VerdictsStraddle3And4_Lowest")).isEqualTo("<= 3");
        assertThat(entry(triggers, "InputEntry_VerdictsStraddle3And4_Highest")).isEqualTo(">= 4");
        assertThat(APPENDIX).contains("aan weerszijden van de grens tussen 3 en 4 liggen");
    }

    @Test
    void theVerdictFormulaIsTheDecisionsOne() throws IOException {
        LiteralExpression formula = dmn("verdict.dmn").getModelElementById("LiteralExpression_Verdict");
        String text = formula.getText().getTextContent().replaceAll("\\s+", " ");
        assertThat(text).contains("scored: [K1, K2, K3, K4, K5, K6, K7, K8][item != null]",
                "weakLinks: [K2, K4, K5, K6][item != null]", "floor(median(scored))", "K1 + 1", "min(weakLinks) + 1",
                "min(terms)");
        assertThat(APPENDIX).contains("het laagste van drie getallen: de mediaan van de gescoorde criteria, naar beneden "
                + "afgerond; de score op K1 plus 1; en de laagste score op K2, K4, K5 en K6 plus 1");
    }

    @Test
    void theExemplaryRuleIsTheDecisionTablesOne() throws IOException {
        DmnModelInstance exemplary = dmn("exemplary.dmn");
        for (String rule : new String[] {"ExemplaryEffectStudy", "ExemplaryOtherStudy"}) {
            assertThat(entry(exemplary, "InputEntry_" + rule + "_Verdict")).isEqualTo(">= 4");
            assertThat(entry(exemplary, "InputEntry_" + rule + "_LowestScore")).isEqualTo(">= 3");
            assertThat(entry(exemplary, "InputEntry_" + rule + "_LowestReviewerVerdict")).isEqualTo(">= 3");
            assertThat(entry(exemplary, "InputEntry_" + rule + "_ReviewerVerdictRange")).isEqualTo("<= 1");
        }
        assertThat(entry(exemplary, "InputEntry_ExemplaryEffectStudy_StudyType")).isEqualTo("\"EFFECT\"");
        assertThat(entry(exemplary, "InputEntry_ExemplaryEffectStudy_K1")).isEqualTo(">= 3");
        assertThat(entry(exemplary, "InputEntry_ExemplaryOtherStudy_K1")).isEmpty();
        assertThat(APPENDIX).contains("het eindoordeel van de geconsolideerde scores is 4 (goed) of hoger",
                "geen geconsolideerde score ligt onder 3 (voldoende)", "bij een effectstudie is K1 ten minste 3",
                "het eindoordeel van de eigen scores van elke beoordelaar is ten minste 3, en deze eindoordelen liggen "
                        + "hooguit 1 punt uiteen");
    }

    @Test
    void theProvisionalRuleNamesTheConfiguredThreshold() {
        assertThat(APPENDIX).contains("op K1 of K2 lager is dan 0,667");
        String stricter = new AdvicePdfRenderer(new AdviceRules(0.7, 0.8)).toXhtml(AdviceTestDocuments.full(false))
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(stricter).contains("op K1 of K2 lager is dan 0,700");
    }
}
