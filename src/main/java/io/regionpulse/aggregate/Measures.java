package io.regionpulse.aggregate;

/**
 * Association measures of two regions over the documents of one period, from four counts:
 * {@code co} documents naming both, {@code na} naming a, {@code nb} naming b, {@code n} documents
 * in the period. Pure functions (no Spark) so they can be checked by hand.
 *
 * <p>Example: co = 10, na = 20, nb = 30, n = 100 → PMI = log2(10·100 / (20·30)) = 0.737, NPMI =
 * 0.737 / −log2(0.1) = 0.222, Jaccard = 10 / 40 = 0.25, G² = 4.474.
 *
 * <p>Counts that cannot come from one table (negative, co > min(na, nb), na + nb − co > n, n = 0)
 * give {@code null} for every measure rather than an exception: one bad row must not fail a
 * Spark job, and a null is visible in the table.
 */
public final class Measures {
    private static final double LN2 = Math.log(2);

    private Measures() {}

    /** True when the four counts can describe one 2×2 document table. */
    public static boolean consistent(long co, long na, long nb, long n) {
        return n > 0 && co >= 0 && na >= co && nb >= co && na + nb - co <= n;
    }

    /**
     * Pointwise mutual information in bits, {@code log2(P(a,b) / (P(a) P(b)))}. Null when the pair
     * never co-occurs (−∞ is not representable in the table) or the counts are inconsistent.
     */
    public static Double pmi(long co, long na, long nb, long n) {
        if (!consistent(co, na, nb, n) || co == 0) {
            return null;
        }
        return log2((double) co * n / ((double) na * nb));
    }

    /**
     * Normalised PMI (Bouma 2009), {@code PMI / −log2 P(a,b)} in [−1, 1]: −1 when the pair never
     * co-occurs, 1 when a and b only ever occur together. When P(a,b) = 1 (every document names both,
     * e.g. a one-document period) the ratio is 0/0 and the limit 1 is returned.
     */
    public static Double npmi(long co, long na, long nb, long n) {
        if (!consistent(co, na, nb, n)) {
            return null;
        }
        if (co == 0) {
            return -1.0;
        }
        if (co == n) {
            return 1.0;
        }
        double v = pmi(co, na, nb, n) / -log2((double) co / n);
        // Rounding can push a perfect association a hair past 1.
        return Math.max(-1.0, Math.min(1.0, v));
    }

    /** Jaccard similarity of the two document sets, {@code co / (na + nb − co)}; null when both are empty. */
    public static Double jaccard(long co, long na, long nb, long n) {
        if (!consistent(co, na, nb, n) || na + nb - co == 0) {
            return null;
        }
        return (double) co / (na + nb - co);
    }

    /**
     * Dunning's log-likelihood ratio G² = 2 Σ O ln(O / E) over the 2×2 table (both, a only, b only,
     * neither) with E from the margins; natural log, ≥ 0, roughly χ² with one degree of freedom
     * (3.84 ≈ p 0.05, 10.83 ≈ p 0.001). It is large for strong negative association too: read it
     * with the sign of PMI.
     */
    public static Double llr(long co, long na, long nb, long n) {
        if (!consistent(co, na, nb, n)) {
            return null;
        }
        long k11 = co;
        long k12 = na - co;
        long k21 = nb - co;
        long k22 = n - na - nb + co;
        double g = term(k11, na, nb, n)
                + term(k12, na, n - nb, n)
                + term(k21, n - na, nb, n)
                + term(k22, n - na, n - nb, n);
        return Math.max(0.0, 2 * g);
    }

    private static double term(long observed, long row, long col, long n) {
        if (observed == 0) {
            return 0; // lim x→0 of x ln x
        }
        double expected = (double) row * col / n;
        return observed * Math.log(observed / expected);
    }

    private static double log2(double x) {
        return Math.log(x) / LN2;
    }
}
