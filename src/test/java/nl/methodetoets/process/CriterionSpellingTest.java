package nl.methodetoets.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.junit.jupiter.api.Test;

/**
 * One spelling of the criterion inputs across the decisions: the codes that consensus-triggers.dmn declares for its
 * criterion input (and against which rubric versions are validated) are the variables of the verdict formula, and
 * the exemplary rule reads K1 under the same name.
 */
class CriterionSpellingTest {
    private static final Pattern CRITERION = Pattern.compile("\\b[Kk]\\d+\\b");

    @Test
    void theDecisionsSpellTheCriteriaAlike() throws IOException {
        Input criterion = model("processes/consensus-triggers.dmn").getModelElementById("Input_Criterion");
        List<String> declared = Arrays.stream(criterion.getInputValues().getText().getTextContent().split(","))
                .map(v -> v.strip().replace("\"", "")).filter(v -> !v.equals("VERDICT")).toList();
        assertThat(declared).containsExactly("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");

        String formula = model("processes/verdict.dmn").getModelElementsByType(LiteralExpression.class).iterator().next()
                .getText().getTextContent();
        assertThat(criteria(formula)).containsExactlyInAnyOrderElementsOf(declared);

        List<String> exemplaryInputs = model("processes/exemplary.dmn").getModelElementsByType(InputExpression.class).stream()
                .map(e -> e.getText().getTextContent().strip()).filter(t -> CRITERION.matcher(t).matches()).toList();
        assertThat(exemplaryInputs).isNotEmpty().allSatisfy(name -> assertThat(declared).contains(name));
    }

    private static List<String> criteria(String text) {
        Matcher m = CRITERION.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            if (!found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static DmnModelInstance model(String resource) throws IOException {
        try (InputStream in = CriterionSpellingTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Dmn.readModelFromStream(in);
        }
    }
}
