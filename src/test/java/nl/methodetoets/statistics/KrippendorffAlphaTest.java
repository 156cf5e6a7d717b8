package nl.methodetoets.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class KrippendorffAlphaTest {

    /** Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example C; null = ".". */
    static final Integer[][] KRIPPENDORFF_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };

    @Test
    void reproducesKrippendorff2011Nominal() {
        AlphaResult result = KrippendorffAlpha.ofCoderMatrix(KRIPPENDORFF_2011, Metric.NOMINAL);
        assertThat(result.alpha().getAsDouble()).isCloseTo(0.743, within(0.0005));
    }

    @Test
    void reproducesKrippendorff2011Ordinal() {
        AlphaResult result = KrippendorffAlpha.ofCoderMatrix(KRIPPENDORFF_2011, Metric.ORDINAL);
        assertThat(result.alpha().getAsDouble()).isCloseTo(0.815, within(0.0005));
    }

    @Test
    void reproducesKrippendorff2011Interval() {
        AlphaResult result = KrippendorffAlpha.ofCoderMatrix(KRIPPENDORFF_2011, Metric.INTERVAL);
        assertThat(result.alpha().getAsDouble()).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void countsPairableValuesAndUnitsOfKrippendorff2011() {
        // unit 12 has a single value and is not pairable; the other 11 units hold n.. = 40 values
        AlphaResult result = KrippendorffAlpha.ofCoderMatrix(KRIPPENDORFF_2011, Metric.NOMINAL);
        assertThat(result.pairableValues()).isEqualTo(40);
        assertThat(result.pairableUnits()).isEqualTo(11);
    }

    @Test
    void unitsOrientedInputGivesTheSameAsTheCoderMatrix() {
        List<List<Integer>> units = KrippendorffAlpha.unitsOf(KRIPPENDORFF_2011);
        assertThat(units).hasSize(12);
        assertThat(units.get(0)).containsExactly(1, 1, null, 1);
        for (Metric metric : Metric.values()) {
            assertThat(KrippendorffAlpha.ofUnits(units, metric))
                    .isEqualTo(KrippendorffAlpha.ofCoderMatrix(KRIPPENDORFF_2011, metric));
        }
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void allValuesEqualIsUndefined(Metric metric) {
        List<List<Integer>> units = List.of(List.of(3, 3), List.of(3, 3, 3), List.of(3, 3));
        AlphaResult result = KrippendorffAlpha.ofUnits(units, metric);
        assertThat(result.alpha()).isEmpty();
        assertThat(result.isDefined()).isFalse();
        assertThat(result.pairableValues()).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void oneCategoryAmongPairableValuesIsUndefinedEvenIfUnpairableUnitsVary(Metric metric) {
        // the 1 and the 5 stand alone in their units, so only the 2s are pairable
        List<List<Integer>> units = List.of(List.of(2, 2), Arrays.asList(1, null), Arrays.asList(null, 5), List.of(2, 2));
        AlphaResult result = KrippendorffAlpha.ofUnits(units, metric);
        assertThat(result.alpha()).isEmpty();
        assertThat(result.pairableValues()).isEqualTo(4);
        assertThat(result.pairableUnits()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void allMissingIsUndefined(Metric metric) {
        Integer[][] matrix = {{null, null, null}, {null, null, null}};
        AlphaResult result = KrippendorffAlpha.ofCoderMatrix(matrix, metric);
        assertThat(result.alpha()).isEmpty();
        assertThat(result.pairableValues()).isZero();
        assertThat(result.pairableUnits()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void noUnitsIsUndefined(Metric metric) {
        assertThat(KrippendorffAlpha.ofUnits(List.of(), metric).alpha()).isEmpty();
        assertThat(KrippendorffAlpha.ofCoderMatrix(new Integer[0][], metric).alpha()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void singleUnitWithVariationGivesZero(Metric metric) {
        // one unit: o_ck = n_c n_k / (m - 1), hence D_o = D_e and alpha = 0 exactly
        AlphaResult result = KrippendorffAlpha.ofUnits(List.of(List.of(1, 2, 2, 5)), metric);
        assertThat(result.alpha().getAsDouble()).isCloseTo(0.0, within(1e-12));
        assertThat(result.pairableValues()).isEqualTo(4);
        assertThat(result.pairableUnits()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Metric.class)
    void singleUnitWithoutVariationIsUndefined(Metric metric) {
        assertThat(KrippendorffAlpha.ofUnits(List.of(List.of(4, 4)), metric).alpha()).isEmpty();
    }

    @Test
    void singleValueIsNotPairable() {
        AlphaResult result = KrippendorffAlpha.ofUnits(List.of(Arrays.asList(4, null, null)), Metric.NOMINAL);
        assertThat(result.alpha()).isEmpty();
        assertThat(result.pairableValues()).isZero();
    }

    @Test
    void systematicDisagreementIsNegative() {
        // two coders who always disagree maximally
        List<List<Integer>> units = List.of(List.of(1, 5), List.of(5, 1), List.of(1, 5), List.of(5, 1));
        assertThat(KrippendorffAlpha.ofUnits(units, Metric.INTERVAL).alpha().getAsDouble()).isLessThan(0.0);
    }

    @Test
    void smallHandComputedExample() {
        // units {1,1}, {1,2}, {2,2}: o_11 = 2, o_12 = o_21 = 1, o_22 = 2, n_1 = n_2 = 3, n = 6
        // nominal: alpha = 1 - 5 * 2 / (2 * 3 * 3) = 4/9
        List<List<Integer>> units = List.of(List.of(1, 1), List.of(1, 2), List.of(2, 2));
        assertThat(KrippendorffAlpha.ofUnits(units, Metric.NOMINAL).alpha().getAsDouble())
                .isCloseTo(4.0 / 9.0, within(1e-12));
        // interval: categories 1 and 3 instead of 1 and 2 scale every delta by 4, alpha unchanged
        List<List<Integer>> stretched = List.of(List.of(1, 1), List.of(1, 3), List.of(3, 3));
        assertThat(KrippendorffAlpha.ofUnits(stretched, Metric.INTERVAL).alpha().getAsDouble())
                .isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2012})
    void matchesPairEnumerationDefinitionOnRandomData(long seed) {
        Random random = new Random(seed);
        List<List<Integer>> units = randomUnits(random, 25, 5, 0.3);
        for (Metric metric : Metric.values()) {
            AlphaResult result = KrippendorffAlpha.ofUnits(units, metric);
            assertThat(result.alpha()).isPresent();
            assertThat(result.alpha().getAsDouble())
                    .as("metric %s, seed %d", metric, seed)
                    .isCloseTo(referenceAlpha(units, metric), within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 13, 17, 19, 23})
    void perfectAgreementGivesOne(long seed) {
        Random random = new Random(seed);
        List<List<Integer>> units = new ArrayList<>();
        units.add(List.of(1, 1));
        units.add(List.of(5, 5, 5));
        for (int u = 0; u < 5 + random.nextInt(30); u++) {
            int value = 1 + random.nextInt(5);
            Integer[] coders = new Integer[4];
            for (int c = 0; c < coders.length; c++) {
                coders[c] = random.nextDouble() < 0.3 ? null : value;
            }
            units.add(Arrays.asList(coders));
        }
        units.add(Arrays.asList(2, null, null)); // unpairable, must not matter
        Collections.shuffle(units, random);
        for (Metric metric : Metric.values()) {
            assertThat(KrippendorffAlpha.ofUnits(units, metric).alpha().getAsDouble())
                    .as("metric %s, seed %d", metric, seed)
                    .isCloseTo(1.0, within(1e-12));
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 6, 8, 99})
    void invariantToOrderOfUnitsAndOfCoders(long seed) {
        Random random = new Random(seed);
        int coders = 5;
        int unitCount = 20;
        Integer[][] matrix = new Integer[coders][unitCount];
        for (int u = 0; u < unitCount; u++) {
            int base = 1 + random.nextInt(5);
            for (int c = 0; c < coders; c++) {
                int value = Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
                matrix[c][u] = random.nextDouble() < 0.2 ? null : value;
            }
        }
        List<Integer> unitOrder = new ArrayList<>(IntStream.range(0, unitCount).boxed().toList());
        Collections.shuffle(unitOrder, random);
        List<Integer> coderOrder = new ArrayList<>(IntStream.range(0, coders).boxed().toList());
        Collections.shuffle(coderOrder, random);
        Integer[][] permuted = new Integer[coders][unitCount];
        for (int c = 0; c < coders; c++) {
            for (int u = 0; u < unitCount; u++) {
                permuted[c][u] = matrix[coderOrder.get(c)][unitOrder.get(u)];
            }
        }
        for (Metric metric : Metric.values()) {
            AlphaResult original = KrippendorffAlpha.ofCoderMatrix(matrix, metric);
            AlphaResult shuffled = KrippendorffAlpha.ofCoderMatrix(permuted, metric);
            assertThat(original.alpha()).isPresent();
            assertThat(original.alpha().getAsDouble()).isLessThan(1.0);
            assertThat(shuffled.alpha().getAsDouble()).isCloseTo(original.alpha().getAsDouble(), within(1e-12));
            assertThat(shuffled.pairableValues()).isEqualTo(original.pairableValues());
        }
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatThrownBy(() -> KrippendorffAlpha.ofUnits(null, Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("units");
        assertThatThrownBy(() -> KrippendorffAlpha.ofUnits(List.of(List.of(1, 2)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric");
        assertThatThrownBy(() -> KrippendorffAlpha.ofUnits(Arrays.asList(List.of(1, 2), null), Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unit 1");
        assertThatThrownBy(() -> KrippendorffAlpha.ofCoderMatrix(null, Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matrix");
        assertThatThrownBy(() -> KrippendorffAlpha.ofCoderMatrix(new Integer[][] {{1, 2}, {1}}, Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ragged");
        assertThatThrownBy(() -> KrippendorffAlpha.ofCoderMatrix(new Integer[][] {{1, 2}, null}, Metric.NOMINAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coder 1");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static List<List<Integer>> randomUnits(Random random, int unitCount, int coders, double missing) {
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < unitCount; u++) {
            Integer[] values = new Integer[coders];
            int base = 1 + random.nextInt(5);
            for (int c = 0; c < coders; c++) {
                values[c] = random.nextDouble() < missing ? null
                        : Math.max(1, Math.min(5, base + random.nextInt(3) - 1));
            }
            units.add(Arrays.asList(values));
        }
        return units;
    }

    /**
     * Independent formulation by enumerating pairs of values (Krippendorff 2011): D_o = (1/n) Σ_u Σ_{i≠j in u}
     * δ²/(m_u − 1), D_e = Σ over all ordered pairs of distinct pairable values δ² / (n (n − 1)), α = 1 − D_o/D_e.
     */
    static double referenceAlpha(List<List<Integer>> units, Metric metric) {
        List<List<Integer>> pairable = units.stream()
                .map(u -> u.stream().filter(v -> v != null).toList())
                .filter(u -> u.size() >= 2).toList();
        List<Integer> all = pairable.stream().flatMap(List::stream).toList();
        int n = all.size();
        double observed = 0;
        for (List<Integer> unit : pairable) {
            for (int i = 0; i < unit.size(); i++) {
                for (int j = 0; j < unit.size(); j++) {
                    if (i != j) {
                        observed += delta2(metric, unit.get(i), unit.get(j), all) / (unit.size() - 1);
                    }
                }
            }
        }
        double expected = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    expected += delta2(metric, all.get(i), all.get(j), all);
                }
            }
        }
        return 1 - (observed / n) / (expected / (n * (n - 1.0)));
    }

    private static double delta2(Metric metric, int c, int k, List<Integer> all) {
        switch (metric) {
            case NOMINAL:
                return c == k ? 0 : 1;
            case INTERVAL:
                return (c - k) * (c - k);
            default:
                int low = Math.min(c, k);
                int high = Math.max(c, k);
                long between = all.stream().filter(v -> v >= low && v <= high).count();
                long nc = all.stream().filter(v -> v == c).count();
                long nk = all.stream().filter(v -> v == k).count();
                double d = between - (nc + nk) / 2.0;
                return c == k ? 0 : d * d;
        }
    }
}
