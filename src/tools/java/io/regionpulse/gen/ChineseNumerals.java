package io.regionpulse.gen;

/**
 * Writes integers the way Chinese news does when it spells them out: {@code 36 → 三十六},
 * {@code 2300 → 两千三百}, {@code 105 → 一百零五}, {@code 12000 → 一万两千}. Only the range the
 * generator needs (0 < n < 100,000,000).
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {}

    public static String of(long n) {
        if (n <= 0 || n >= 100_000_000L) throw new IllegalArgumentException("out of range: " + n);
        if (n >= 10_000) {
            long high = n / 10_000;
            long low = n % 10_000;
            String s = below10k(high, true) + "万";
            if (low == 0) return s;
            return s + (low < 1000 ? "零" : "") + below10k(low, false);
        }
        return below10k(n, true);
    }

    private static String below10k(long n, boolean leading) {
        StringBuilder sb = new StringBuilder();
        int[] parts = {(int) (n / 1000), (int) (n / 100 % 10), (int) (n / 10 % 10), (int) (n % 10)};
        String[] units = {"千", "百", "十", ""};
        boolean started = false;
        boolean pendingZero = false;
        for (int i = 0; i < 4; i++) {
            int d = parts[i];
            if (d == 0) {
                if (started) pendingZero = true;
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            if (i == 2 && d == 1 && !started && leading) {
                sb.append('十'); // 十五, not 一十五, at the start of a number
            } else if (d == 2 && (i == 0 || i == 1)) {
                sb.append('两').append(units[i]);
            } else {
                sb.append(DIGITS.charAt(d)).append(units[i]);
            }
            started = true;
        }
        return sb.toString();
    }
}
