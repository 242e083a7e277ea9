package io.regionpulse.metrics;

/**
 * Arabic numbers: digits with thousands separators ({@code 1,100.9}, full-width {@code １，２００}
 * only between full-width digits), decimals, {@code k} thousands ({@code 40k}), scientific
 * notation and powers ({@code 2e5}, {@code 2^5}) and slash fractions ({@code 3/4},
 * {@code 1 1/2}). A dotted run such as {@code 1.2.3} or {@code 2022.3.5} is a version or a date,
 * not a quantity: {@link Read#reject} is set and the caller skips past it.
 */
final class ArabicNumber {
    private ArabicNumber() {}

    /**
     * What was read at a position.
     *
     * @param value the number (rounded to 12 significant digits by the caller)
     * @param end where it ends (or, when rejected, where to resume scanning)
     * @param decimal written with a decimal point
     * @param whole a complete token when the number is a slash fraction, else null
     * @param reject a version or a date: no number here
     */
    record Read(double value, int end, boolean decimal, NumberToken whole, boolean reject) {}

    /**
     * Reads the Arabic number at {@code p} (a digit, or a point followed by one) in the folded
     * text; {@code start} is where the whole token began, {@code fractionAllowed} whether a slash
     * fraction may start here (only as the first part of a token).
     */
    static Read read(char[] t, CharSequence orig, int p, int to, int start, boolean fractionAllowed) {
        boolean decimal = false;
        int q = p;
        long intPart = 0;
        boolean overflow = false;
        while (q < to && Numerals.isAsciiDigit(t[q])) {
            if (intPart > 1_000_000_000_000_000L) {
                overflow = true;
            }
            intPart = intPart * 10 + (t[q] - '0');
            q++;
            // thousands separator: exactly three digits follow, then no digit
            if (q + 3 < to
                    && isThousandsSeparator(t, orig, q)
                    && Numerals.isAsciiDigit(t[q + 1])
                    && Numerals.isAsciiDigit(t[q + 2])
                    && Numerals.isAsciiDigit(t[q + 3])
                    && (q + 4 >= to || !Numerals.isAsciiDigit(t[q + 4]))) {
                q++;
            }
        }
        double v = intPart;
        if (q + 1 < to && t[q] == '.' && Numerals.isAsciiDigit(t[q + 1])) {
            q++;
            double scale = 0.1;
            while (q < to && Numerals.isAsciiDigit(t[q])) {
                v += (t[q] - '0') * scale;
                scale /= 10;
                q++;
            }
            decimal = true;
            if (q + 1 < to && t[q] == '.' && Numerals.isAsciiDigit(t[q + 1])) {
                // 1.2.3 or 2022.3.5: a version or a date, not a quantity
                while (q < to && (Numerals.isAsciiDigit(t[q]) || t[q] == '.')) {
                    q++;
                }
                return new Read(0, q, false, null, true);
            }
        }
        if (overflow) {
            v = Double.parseDouble(new String(t, p, q - p).replace(",", "").replace("，", ""));
        }
        if (!decimal && fractionAllowed) {
            double[] frac = slashFraction(t, p, to);
            if (frac == null && q + 1 < to && t[q] == ' ' && Numerals.isAsciiDigit(t[q + 1])) {
                double[] mixed = slashFraction(t, q + 1, to);
                if (mixed != null) {
                    frac = new double[] {mixed[0], v + mixed[1]};
                }
            }
            if (frac != null) {
                NumberToken whole = new NumberToken(
                        start, (int) frac[0], Numerals.round(frac[1]), false, (int) frac[0] - start, 1, false, false);
                return new Read(whole.value(), whole.end(), false, whole, false);
            }
        }
        if (q < to && (t[q] == 'k' || t[q] == 'K') && (q + 1 >= to || !Character.isLetter(t[q + 1]))) {
            v *= 1000; // 40k, 百分之15K
            q++;
        }
        if (q + 1 < to && (t[q] == 'e' || t[q] == 'E' || t[q] == '^')) {
            // 2e5, -127.32e13, 2^5, 1.1^+23: scientific notation and powers
            int r = q + 1;
            boolean negExp = false;
            while (r < to && (t[r] == '+' || t[r] == '-')) {
                negExp ^= t[r] == '-';
                r++;
            }
            int es = r;
            while (r < to && (Numerals.isAsciiDigit(t[r]) || (t[q] == '^' && t[r] == '.'))) {
                r++;
            }
            String exp = new String(t, es, r - es);
            if (r > es
                    && Numerals.isAsciiDigit(t[es])
                    && exp.indexOf('.') == exp.lastIndexOf('.')
                    && !exp.endsWith(".")
                    && (r >= to || !Character.isLetter(t[r]))) {
                double e = Double.parseDouble(exp);
                e = negExp ? -e : e;
                double powered = t[q] == '^' ? Math.pow(v, e) : v * Math.pow(10, e);
                if (Double.isFinite(powered)) {
                    v = powered;
                    q = r;
                }
            }
        }
        return new Read(v, q, decimal, null, false);
    }

    /** An integer fraction a/b at p (not a date such as 2023/6/1): {end, value}, or null. */
    static double[] slashFraction(char[] t, int p, int to) {
        int q = p;
        long a = 0;
        while (q < to && Numerals.isAsciiDigit(t[q]) && q - p < 9) {
            a = a * 10 + (t[q] - '0');
            q++;
        }
        if (q == p || q >= to || t[q] != '/' || q + 1 >= to || !Numerals.isAsciiDigit(t[q + 1])) {
            return null;
        }
        int r = q + 1;
        long b = 0;
        while (r < to && Numerals.isAsciiDigit(t[r]) && r - q < 9) {
            b = b * 10 + (t[r] - '0');
            r++;
        }
        if (b == 0 || (r < to && (t[r] == '/' || t[r] == '.' || Numerals.isAsciiDigit(t[r])))) {
            return null;
        }
        return new double[] {r, (double) a / b};
    }

    private static boolean isThousandsSeparator(char[] t, CharSequence orig, int q) {
        if (t[q] == ',') {
            return true;
        }
        char before = orig.charAt(q - 1);
        return orig.charAt(q) == '，' && before >= '０' && before <= '９';
    }
}
