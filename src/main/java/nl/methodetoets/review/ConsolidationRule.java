package nl.methodetoets.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The consolidation rule of DOMAIN.md for a criterion without a consensus trigger: all equal → that score;
 * otherwise the lower score, or with three or more reviewers the median rounded down; all n.v.t. → n.v.t.
 * (null). Pure; the triggers themselves are decided in the ConsensusTriggers DMN.
 */
final class ConsolidationRule {
    private ConsolidationRule() {
    }

    static Integer consolidate(Collection<Integer> levels) {
        List<Integer> scored = levels.stream().filter(Objects::nonNull).sorted().toList();
        if (scored.isEmpty()) {
            return null;
        }
        if (scored.size() <= 2) {
            return scored.get(0);
        }
        int n = scored.size();
        return n % 2 == 1 ? scored.get(n / 2) : Math.floorDiv(scored.get(n / 2 - 1) + scored.get(n / 2), 2);
    }

    /** Consolidates every criterion of the given per-reviewer score sheets. */
    static Map<String, Integer> consolidate(List<String> codes, Collection<Map<String, Integer>> sheets) {
        Map<String, Integer> result = new LinkedHashMap<>();
        for (String code : codes) {
            List<Integer> values = new ArrayList<>();
            sheets.forEach(sheet -> values.add(sheet.get(code)));
            result.put(code, consolidate(values));
        }
        return result;
    }

    /** Facts the ConsensusTriggers decision looks at for one criterion. */
    record Spread(Integer lowest, Integer highest, boolean notApplicableMixed) {
        static Spread of(Collection<Integer> levels) {
            List<Integer> scored = levels.stream().filter(Objects::nonNull).sorted().toList();
            boolean someNotApplicable = levels.stream().anyMatch(Objects::isNull);
            return new Spread(scored.isEmpty() ? null : scored.get(0),
                    scored.isEmpty() ? null : scored.get(scored.size() - 1),
                    someNotApplicable && !scored.isEmpty());
        }
    }
}
