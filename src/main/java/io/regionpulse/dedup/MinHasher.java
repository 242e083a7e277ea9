package io.regionpulse.dedup;

import java.io.Serializable;
import java.util.Arrays;

/**
 * MinHash signatures of shingle sets, LSH band keys and the verification of a candidate pair.
 * Each of the {@code bands * rows} hash functions is a multiply-shift hash {@code (a·x + b) >>> 32}
 * of the (already well mixed) 64-bit shingle hash, with odd {@code a} and {@code b} drawn from the
 * seed; the signature keeps the minimum of each. Thread-safe and serialisable.
 */
public final class MinHasher implements Serializable {
    private static final long serialVersionUID = 1L;

    private final DedupSettings settings;
    private final long[] a;
    private final long[] b;

    public MinHasher(DedupSettings settings) {
        this.settings = settings;
        int n = settings.numHashes();
        a = new long[n];
        b = new long[n];
        long s = settings.seed();
        for (int i = 0; i < n; i++) {
            s += 0x9E3779B97F4A7C15L;
            a[i] = Shingles.mix(s) | 1L;
            s += 0x9E3779B97F4A7C15L;
            b[i] = Shingles.mix(s);
        }
    }

    public DedupSettings settings() {
        return settings;
    }

    /** Signature and shingle count of a document text (Simplified, as in documents.text). */
    public Signature signatureOf(String text) {
        long[] shingles = Shingles.hashes(Shingles.normalise(text), settings.shingleSize());
        return new Signature(signature(shingles), shingles.length);
    }

    /** The MinHash signature of a sorted or unsorted shingle hash set (all max values when empty). */
    public int[] signature(long[] shingles) {
        int n = a.length;
        int[] sig = new int[n];
        Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            long ai = a[i];
            long bi = b[i];
            int min = Integer.MAX_VALUE;
            for (long x : shingles) {
                // Unsigned upper 32 bits, shifted to non-negative int so that comparisons are plain.
                int h = (int) ((ai * x + bi) >>> 33);
                if (h < min) {
                    min = h;
                }
            }
            sig[i] = min;
        }
        return sig;
    }

    /** One key per band: documents sharing any key become a candidate pair. */
    public long[] bandKeys(int[] sig) {
        int bands = settings.bands();
        int rows = settings.rows();
        long[] keys = new long[bands];
        for (int band = 0; band < bands; band++) {
            long h = Shingles.mix(0x51_7C_C1_B7_27_22_0A_95L + band);
            for (int r = 0; r < rows; r++) {
                h = Shingles.mix(h ^ (sig[band * rows + r] & 0xFFFFFFFFL));
            }
            keys[band] = h;
        }
        return keys;
    }

    /** Share of equal signature positions: an unbiased estimate of the shingle Jaccard. */
    public static double estimatedJaccard(int[] x, int[] y) {
        int n = Math.min(x.length, y.length);
        if (n == 0) {
            return 0.0;
        }
        int same = 0;
        for (int i = 0; i < n; i++) {
            if (x[i] == y[i]) {
                same++;
            }
        }
        return (double) same / n;
    }

    /**
     * Decides a candidate pair from signatures and shingle counts alone (no text needed): the
     * estimated Jaccard J gives the intersection |A∩B| = J(|A|+|B|)/(1+J), hence the containment
     * of the smaller set.
     */
    public Verdict verify(int[] sigA, int countA, int[] sigB, int countB) {
        double j = estimatedJaccard(sigA, sigB);
        int min = Math.min(countA, countB);
        int max = Math.max(countA, countB);
        double inter = j * (countA + countB) / (1 + j);
        double containment = min == 0 ? 0.0 : Math.min(1.0, inter / min);
        double ratio = max == 0 ? 0.0 : (double) min / max;
        boolean same;
        if (min == 0) {
            // A text without letters or digits has no shingles: it duplicates nothing.
            same = false;
        } else if (max < settings.shortTextShingles()) {
            // Short formula items (李强举行仪式欢迎X总理访华) differ only in the words that are the news.
            same = j >= settings.shortJaccardThreshold();
        } else {
            same = j >= settings.jaccardThreshold()
                    || ratio >= settings.minLengthRatio() && containment >= settings.containmentThreshold();
        }
        return new Verdict(j, containment, ratio, same);
    }

    /** A document's MinHash signature and the number of distinct shingles it summarises. */
    public record Signature(int[] values, int shingles) implements Serializable {}

    /** Outcome of verifying one candidate pair. */
    public record Verdict(double jaccard, double containment, double lengthRatio, boolean duplicate) {}
}
