package io.regionpulse.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every measure against values worked out by hand from the 2×2 table. Example row 1: co = 10,
 * na = 20, nb = 30, n = 100; cells 10 / 10 / 20 / 60, expected 6 / 14 / 24 / 56; PMI = log2(1000 /
 * 600) = 0.73697; NPMI = 0.73697 / log2(10) = 0.22185; Jaccard = 10 / 40; G² = 2(10 ln 10/6 + 10 ln
 * 10/14 + 20 ln 20/24 + 60 ln 60/56) = 4.47335. An empty cell is "null".
 */
class MeasuresTest {
    private static final double EPS = 1e-4;

    @ParameterizedTest(name = "co={0} na={1} nb={2} n={3}")
    @CsvSource(
            nullValues = "null",
            textBlock =
                    """
      # co, na, nb,   n,     pmi,     npmi, jaccard,      llr
        10, 20, 30, 100, 0.73697,  0.22185,  0.25000,  4.47335
         3, 10, 10, 100, 1.58496,  0.31330,  0.17647,  3.60385
         2,  2,  8,  10, 0.32193,  0.13865,  0.25000,  1.01069
      # perfect association inside a larger period: NPMI 1, G² = 20 ln 2
         5,  5,  5,  10, 1.00000,  1.00000,  1.00000, 13.86294
      # strong negative association: both frequent, together once
         1, 50, 50, 100, -4.64386, -0.69897, 0.01010, 119.02161
      # never together: PMI −∞ → null, NPMI −1 by definition, Jaccard 0, G² still measures the table
         0,  3,  4,  10,    null, -1.00000,  0.00000,  3.89952
      # a one-document period: P(a,b) = 1, NPMI is 0/0 → its limit 1; nothing to test → G² 0
         1,  1,  1,   1, 0.00000,  1.00000,  1.00000,  0.00000
      # two documents, each names both regions: same as above
         2,  2,  2,   2, 0.00000,  1.00000,  1.00000,  0.00000
      # two documents, one names both, the other neither
         1,  1,  1,   2, 1.00000,  1.00000,  1.00000,  2.77259
      # both regions never named: Jaccard 0/0
         0,  0,  0,  10,    null, -1.00000,     null,  0.00000
      """)
    void measuresMatchHandComputedValues(
            long co, long na, long nb, long n, Double pmi, Double npmi, Double jaccard, Double llr) {
        assertClose(Measures.pmi(co, na, nb, n), pmi);
        assertClose(Measures.npmi(co, na, nb, n), npmi);
        assertClose(Measures.jaccard(co, na, nb, n), jaccard);
        assertClose(Measures.llr(co, na, nb, n), llr);
    }

    @ParameterizedTest(name = "co={0} na={1} nb={2} n={3}")
    @CsvSource({
        "0, 0, 0, 0", // empty period
        "3, 2, 5, 10", // more co-documents than documents of a
        "1, 6, 6, 10", // the two sets cannot fit in the period
        "-1, 2, 2, 10", // negative count
    })
    void inconsistentCountsGiveNullNotAnException(long co, long na, long nb, long n) {
        assertThat(Measures.consistent(co, na, nb, n)).isFalse();
        assertThat(Measures.pmi(co, na, nb, n)).isNull();
        assertThat(Measures.npmi(co, na, nb, n)).isNull();
        assertThat(Measures.jaccard(co, na, nb, n)).isNull();
        assertThat(Measures.llr(co, na, nb, n)).isNull();
    }

    @ParameterizedTest(name = "co={0} na={1} nb={2} n={3}")
    @CsvSource({"10, 20, 30, 100", "1, 1, 1, 1", "7, 7, 9, 9", "1, 400, 300, 1000", "299, 300, 300, 301"})
    void npmiStaysWithinMinusOneAndOneAndIsSymmetric(long co, long na, long nb, long n) {
        assertThat(Measures.npmi(co, na, nb, n)).isBetween(-1.0, 1.0);
        assertThat(Measures.npmi(co, nb, na, n)).isEqualTo(Measures.npmi(co, na, nb, n));
        assertThat(Measures.llr(co, nb, na, n)).isCloseTo(Measures.llr(co, na, nb, n), within(1e-9));
    }

    private static void assertClose(Double actual, Double expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isNotNull();
            assertThat(actual).isCloseTo(expected, within(EPS));
        }
    }
}
