package io.regionpulse.gen;

/** Deterministic 64-bit mixing (SplitMix64 finaliser) to derive independent random streams. */
final class Mix {
    private Mix() {}

    static long hash(long seed, long n, long salt) {
        long z = seed * 0x9E3779B97F4A7C15L + n * 0xBF58476D1CE4E5B9L + salt * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
