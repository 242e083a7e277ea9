package io.regionpulse.metrics;

/**
 * The written forms around a number that change its value: 百分之/千分之/万分之 percentages
 * ({@code 百分之八十四} → 84 percent), dozens ({@code 十打} → 120), fractions ({@code 三分之一},
 * {@code 16分之5}) and mixed fractions ({@code 三百五十又三分之一}). The number itself is read by
 * {@link NumberScanner}.
 */
final class FractionForms {
    /** Returned by {@link #percentOf} for a 百分之 with no number after it: no token at all. */
    static final NumberToken NO_NUMBER = new NumberToken(0, 0, Double.NaN, true, 0, 1, false, true);

    private FractionForms() {}

    /**
     * 百分之X, 千分之X, 万分之X, 百万分之X at {@code i} (spaces allowed: 百 分 之 2): the token,
     * {@link #NO_NUMBER} when the prefix has no number after it, or null when there is no such
     * prefix here.
     */
    static NumberToken percentOf(char[] t, CharSequence orig, int i, int to, int[] skipTo) {
        char c = t[i];
        if (c == '百' || c == '佰' || c == '千' || c == '仟' || c == '万') {
            int p = i;
            double den = 1;
            while (p < to && (Numerals.smallUnit(t[p]) >= 100 || Numerals.bigUnit(t[p]) > 0)) {
                den *= Numerals.smallUnit(t[p]) > 0 ? Numerals.smallUnit(t[p]) : Numerals.bigUnit(t[p]);
                p = Numerals.skipSpaces(t, p + 1, to);
            }
            if (den >= 100 && p < to && t[p] == '分') {
                int q = Numerals.skipSpaces(t, p + 1, to);
                if (q < to && t[q] == '之') {
                    q = Numerals.skipSpaces(t, q + 1, to);
                    if (q < to && (t[q] == '百' || t[q] == '佰') && !(q + 1 < to && Numerals.isNumeralChar(t[q + 1]))) {
                        return new NumberToken(i, q + 1, 100 * 100 / den, true, 1, 1, false, true);
                    }
                    NumberToken n = q < to ? NumberScanner.parse(t, orig, q, to, skipTo) : null;
                    if (n == null) {
                        return NO_NUMBER;
                    }
                    return new NumberToken(
                            i,
                            n.end(),
                            Numerals.round(n.value() * 100 / den),
                            true,
                            n.chars(),
                            n.magnitude(),
                            n.approx(),
                            true);
                }
            }
        }
        return null;
    }

    /**
     * The token for a number read at [start, end) with {@code value}, taking a following 打,
     * 又…分之… or 分之… into account.
     */
    static NumberToken withSuffix(
            char[] t,
            CharSequence orig,
            int start,
            int end,
            int to,
            double value,
            boolean chinese,
            double magnitude,
            boolean approx,
            int numerals) {
        // a dozen: 十打 = 120 (but 打造, 打击 are verbs)
        if (end + 1 < to && t[end] == '打' && "造击破通开工响赢好下出入进牢掉卡拼压架假扫包听算拐折了".indexOf(t[end + 1]) < 0) {
            return new NumberToken(
                    start, end + 1, Numerals.round(value * 12), chinese, end + 1 - start, magnitude, approx, false);
        }
        if (end == to - 1 && t[end] == '打') {
            return new NumberToken(
                    start, end + 1, Numerals.round(value * 12), chinese, end + 1 - start, magnitude, approx, false);
        }
        // mixed fractions: 三百五十又三分之一
        int you = Numerals.skipSpaces(t, end, to);
        int afterYou = you < to && t[you] == '又' ? Numerals.skipSpaces(t, you + 1, to) : -1;
        if (afterYou > 0 && afterYou < to && Numerals.isNumeralChar(t[afterYou])) {
            NumberToken frac = NumberScanner.parse(t, orig, afterYou, to, new int[1]);
            if (frac != null && Math.abs(frac.value()) < 1 && frac.end() > afterYou + 2) {
                return new NumberToken(
                        start,
                        frac.end(),
                        value + (value < 0 ? -frac.value() : frac.value()),
                        true,
                        frac.end() - start,
                        1,
                        approx,
                        false);
            }
        }
        // fractions: 三分之一, 16分之5
        int fen = Numerals.skipSpaces(t, end, to);
        int zhi = fen + 1 < to && t[fen] == '分' ? Numerals.skipSpaces(t, fen + 1, to) : -1;
        if (zhi > 0 && zhi < to && t[zhi] == '之' && value != 0) {
            NumberToken den = null;
            int q = Numerals.skipSpaces(t, zhi + 1, to);
            boolean neg = false;
            if (q < to && t[q] == '负') {
                neg = true;
                q++;
            }
            if (q < to && Numerals.isNumeralChar(t[q])) {
                den = NumberScanner.parse(t, orig, q, to, new int[1]);
            }
            if (den != null) {
                double v = (neg ? -den.value() : den.value()) / value;
                return new NumberToken(start, den.end(), v, true, numerals + 2 + den.chars(), 1, approx, false);
            }
        }
        return new NumberToken(start, end, value, chinese, end - start, magnitude, approx, false);
    }
}
