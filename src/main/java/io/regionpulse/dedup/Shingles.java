package io.regionpulse.dedup;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Character shingles of the normalised text. Normalising keeps letters and digits only (the same
 * characters {@code documents.content_hash} hashes), folds full-width forms (NFKC) and case, so
 * punctuation, spacing and paragraph breaks do not matter and two documents with one
 * content_hash always have one set of shingles.
 *
 * <p>{@code "长三角，科技创新！"} with k = 3 → shingles 长三角 三角科 角科技 科技创 技创新.
 */
public final class Shingles {
    private Shingles() {}

    /** {@code "Ｇ20 峰会，在杭州。"} → {@code "g20峰会在杭州"}. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Sorted distinct 64-bit hashes of the k-character shingles of {@code normalised}; a text
     * shorter than k is one shingle, an empty text has none.
     */
    public static long[] hashes(String normalised, int k) {
        int[] cps = normalised.codePoints().toArray();
        if (cps.length == 0) {
            return new long[0];
        }
        int n = Math.max(1, cps.length - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0x9E3779B97F4A7C15L;
            int end = Math.min(cps.length, i + k);
            for (int j = i; j < end; j++) {
                h = mix(h ^ cps[j]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[m++] = out[i];
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Exact Jaccard of two sorted distinct hash arrays (for evaluation and tests). */
    public static double jaccard(long[] a, long[] b) {
        int inter = intersection(a, b);
        int union = a.length + b.length - inter;
        return union == 0 ? 1.0 : (double) inter / union;
    }

    /** Exact share of the smaller set that lies in the larger one. */
    public static double containment(long[] a, long[] b) {
        int min = Math.min(a.length, b.length);
        return min == 0 ? 0.0 : (double) intersection(a, b) / min;
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** SplitMix64 finaliser: a cheap, well-distributed 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
