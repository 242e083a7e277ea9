package io.regionpulse.metrics;

import static io.regionpulse.metrics.Numerals.*;

import java.util.ArrayList;
import java.util.List;

/**
 * The Chinese number grammar: finds every written number in a text in one left-to-right pass
 * and resolves its value. Knows nothing about units or context — that is {@link MetricExtractor}.
 *
 * <p>Handles Arabic numbers with thousands separators and decimals ({@code 1,100.9亿} →
 * 1.1009E11), full-width digits ({@code ２．２亿}), Chinese numerals ({@code 六十四万零一百四十三},
 * {@code 两千四百五} → 2450, {@code 一万三} → 13000, {@code 二点五} → 2.5), financial numerals in
 * runs ({@code 肆佰陸拾}), mixed forms ({@code 3万4000}, {@code 2千零30万}, {@code 4.78万亿}),
 * approximate forms ({@code 四十余万}, {@code 二十几万}, {@code 数百}, {@code 上千}), fractions
 * ({@code 三分之一}) and 百分之/千分之/万分之 percentages. Traditional forms (萬, 億, 兩, 點, 負) are
 * read as their Simplified equivalents.
 *
 * <p>Not numbers: a lone financial numeral (陆地, 拾取, 入伍), 万 without a number, 千 that begins
 * a unit (千米, 千克, 千瓦 — 12千米 is 12 km), a few fixed words (一切, 统一, 十分). Two Chinese
 * numerals written side by side (三五, 十四五) are returned as separate tokens; the extractor
 * treats such adjacency as vague.
 *
 * <p>Linear: every char is looked at a bounded number of times; no regular expressions.
 */
public final class NumberScanner {
    private static final int NONE = 0;
    private static final int DIGIT = 1;
    private static final int SMALL = 2;
    private static final int BIG = 3;
    private static final int ZERO = 4;
    private static final int APPROX = 5;

    private NumberScanner() {}

    /** 千 that starts a unit rather than multiplying: 千米, 千克, 千瓦, 千卡, 千伏, 千帕, 千赫, 千兆. */
    private static boolean unitAfterThousand(char[] t, int p, int to) {
        if (p >= to) {
            return false;
        }
        return "米克瓦卡伏帕赫兆焦字比".indexOf(t[p]) >= 0;
    }

    /** Words where a numeral character is not a number. Checked only at the start of a token. */
    private static boolean blockedWord(char[] t, int i, int from, int to) {
        char c = t[i];
        char next = i + 1 < to ? t[i + 1] : 0;
        char prev = i > from ? t[i - 1] : 0;
        if (c == '一') {
            if ("切些样起直定般致旦看同律再向举贯齐手心".indexOf(next) >= 0 && next != 0) {
                return true;
            }
            return prev != 0 && "统唯万之".indexOf(prev) >= 0;
        }
        if (c == '十' && ((next == '分' && !(i + 2 < to && t[i + 2] == '之')) || next == '足')) {
            return true;
        }
        if (c == '四' && next == '川') {
            return true;
        }
        return (c == '万' || c == '亿') && !bareMagnitude(t, from, i, c);
    }

    /** All numbers in {@code text}, left to right, not overlapping. */
    public static List<NumberToken> scan(CharSequence text) {
        char[] t = fold(text);
        return scan(t, text, 0, t.length);
    }

    /**
     * All numbers in [from, to) of the folded text {@code t}; {@code original} is the unfolded
     * text (the full-width comma is a thousands separator only between full-width digits).
     */
    public static List<NumberToken> scan(char[] t, CharSequence original, int from, int to) {
        List<NumberToken> out = new ArrayList<>();
        int i = from;
        int[] next = new int[1];
        while (i < to) {
            next[0] = 0;
            NumberToken tok = tokenAt(t, original, i, from, to, next);
            if (tok != null) {
                out.add(tok);
                i = tok.end();
            } else {
                i = Math.max(i + 1, next[0]);
            }
        }
        return dropVague(t, out, to);
    }

    /**
     * Chinese numerals written side by side are a vague range (三五家, 二三十) or a name (十四五):
     * both are dropped — except single digits before 折 (五五折 = 55%), which are merged.
     */
    private static List<NumberToken> dropVague(char[] t, List<NumberToken> in, int to) {
        List<NumberToken> out = new ArrayList<>(in.size());
        int k = 0;
        while (k < in.size()) {
            NumberToken a = in.get(k);
            int j = k;
            while (j + 1 < in.size()
                    && in.get(j).end() == in.get(j + 1).start()
                    && in.get(j).chinese()
                    && in.get(j + 1).chinese()) {
                j++;
            }
            if (j == k) {
                out.add(a);
                k++;
                continue;
            }
            NumberToken b = in.get(j);
            if (j == k + 1
                    && a.end() - a.start() == 1
                    && b.end() - b.start() == 1
                    && b.end() < to
                    && t[b.end()] == '折') {
                out.add(new NumberToken(a.start(), b.end(), a.value() * 10 + b.value(), true, 2, 1, false, false));
            }
            k = j + 1;
        }
        return out;
    }

    private static NumberToken tokenAt(char[] t, CharSequence orig, int i, int from, int to, int[] skipTo) {
        char c = t[i];
        // sign
        if (c == '负'
                || (c == '-'
                        && !(i > from
                                && (isAsciiDigit(t[i - 1])
                                        || isAsciiLetter(t[i - 1])
                                        || t[i - 1] == '-'
                                        || t[i - 1] == '.')))) {
            if (i + 1 < to && (isNumeralChar(t[i + 1]) || t[i + 1] == '百' || t[i + 1] == '.')) {
                NumberToken n = tokenAt(t, orig, i + 1, i + 1, to, skipTo);
                if (n != null) {
                    return new NumberToken(
                            i,
                            n.end(),
                            -n.value(),
                            n.chinese() || c == '负',
                            n.chars(),
                            n.magnitude(),
                            n.approx(),
                            n.percent());
                }
            }
            return null;
        }
        NumberToken pct = FractionForms.percentOf(t, orig, i, to, skipTo);
        if (pct == FractionForms.NO_NUMBER) {
            return null;
        }
        if (pct != null) {
            return pct;
        }
        if (isAsciiDigit(c)
                || (c == '.'
                        && i + 1 < to
                        && isAsciiDigit(t[i + 1])
                        && !(i > from && (isAsciiDigit(t[i - 1]) || t[i - 1] == '.')))) {
            if (i > from && (t[i - 1] == '.' && i - 2 >= from && isAsciiDigit(t[i - 2]))) {
                return null;
            }
            return parse(t, orig, i, to, skipTo);
        }
        if (blockedWord(t, i, from, to)) {
            return null;
        }
        if (c == '半' && i + 1 < to && (t[i + 1] == '成' || t[i + 1] == '折')) {
            return new NumberToken(i, i + 1, t[i + 1] == '成' ? 0.5 : 5, true, 1, 1, false, false);
        }
        if (c == '对' && i + 1 < to && t[i + 1] == '折' && i > from && t[i - 1] == '打') {
            return new NumberToken(i, i + 1, 5, true, 1, 1, false, false);
        }
        int d = cnDigit(c);
        int su = smallUnit(c);
        boolean canStart = d >= 0
                || su == 10
                || ((su == 100 || su == 1000)
                        && i + 1 < to
                        && (cnDigit(t[i + 1]) > 0
                                || bigUnit(t[i + 1]) > 0
                                || ((t[i + 1] == '余' || t[i + 1] == '多')
                                        && !(i > from && (cnDigit(t[i - 1]) >= 0 || t[i - 1] == '数')))))
                || ((c == '几' || c == '数' || c == '上')
                        && i + 1 < to
                        && (smallUnit(t[i + 1]) > 0 || bigUnit(t[i + 1]) > 0))
                || bareMagnitude(t, from, i, c);
        if (!canStart) {
            return null;
        }
        if (c == '上' && i + 1 < to && (t[i + 1] == '十')) {
            return null;
        }
        return parse(t, orig, i, to, skipTo);
    }

    /** Qualifier cues that may stand right before a bare magnitude: 近千种, 逾百个, 近万亿美元, 破千亿元. */
    private static final String BARE_MAGNITUDE_CUES = "近逾超破约";

    /**
     * A magnitude written alone (百, 千, 万, 亿) right after a qualifier cue is one of it: 近千种 = about
     * 1000, 逾百个 = more than 100, 近万亿美元 = about 10^12. Without the cue (千种, 万人) it is no number.
     */
    static boolean bareMagnitude(char[] t, int from, int i, char c) {
        int su = smallUnit(c);
        return i > from && BARE_MAGNITUDE_CUES.indexOf(t[i - 1]) >= 0 && (su == 100 || su == 1000 || bigUnit(c) > 0);
    }

    /** Parses one number starting at {@code start}; null if none. Sets skipTo past junk it consumed. */
    static NumberToken parse(char[] t, CharSequence orig, int start, int to, int[] skipTo) {
        return new Parse(t, orig, start, to, skipTo).run();
    }

    /**
     * One parse: the parts read so far (a value with its multiplier: 三千 | 五百 | 二十), the current
     * digit run, what kind of character came last, and the flags the token carries.
     */
    private static final class Parse {
        private final char[] t;
        private final CharSequence orig;
        private final int start;
        private final int to;
        private final int[] skipTo;
        private final double[] partVal = new double[16];
        private final double[] partMult = new double[16];
        private int np = 0;
        private double cur = 0;
        private boolean hasCur = false;
        private boolean curCn = false;
        private boolean curAfterUnit = false;
        private boolean decimal = false;
        private int last = NONE;
        private boolean lastWasBig = false;
        private double lastMult = 1;
        private boolean approx = false;
        private boolean chinese = false;
        private boolean anyFinancial = false;
        private double magnitude = 1;
        private double runMag = 1;
        private int numerals = 0;
        private int p;
        private int end;

        Parse(char[] t, CharSequence orig, int start, int to, int[] skipTo) {
            this.t = t;
            this.orig = orig;
            this.start = start;
            this.to = to;
            this.skipTo = skipTo;
            this.p = start;
            this.end = start;
        }

        NumberToken run() {
            if (bigUnit(t[start]) > 0) {
                // a bare magnitude (近万人次, 近万亿美元): one of it
                cur = 1;
                hasCur = true;
                curCn = true;
                chinese = true;
                last = DIGIT;
            }
            while (p < to) {
                char c = t[p];
                if ((c == ' ' || c == '\u3000') && p > start) {
                    // "一百 五 十 二", "十 余 万": spaces between the parts of one Chinese numeral
                    int q = p;
                    while (q < to && q - p < 4 && (t[q] == ' ' || t[q] == '\u3000')) {
                        q++;
                    }
                    if (q < to
                            && (cnDigit(t[q]) > 0 && last != DIGIT && chinese
                                    || isAsciiDigit(t[q]) && (last == SMALL || last == BIG)
                                    || (smallUnit(t[q]) > 0 || bigUnit(t[q]) > 0)
                                            && (last == DIGIT || last == SMALL || last == BIG)
                                            && (chinese || bigUnit(t[q]) > 0 || last != DIGIT || isAsciiDigit(t[p - 1]))
                                    || chinese && (t[q] == '余' || t[q] == '几')
                                    || chinese
                                            && t[q] == '点'
                                            && skipSpaces(t, q + 1, to) < to
                                            && cnDigit(t[skipSpaces(t, q + 1, to)]) >= 0)) {
                        p = q;
                        continue;
                    }
                    break;
                }
                if (isAsciiDigit(c) || (c == '.' && p + 1 < to && isAsciiDigit(t[p + 1]) && p == start)) {
                    if (hasCur || last == DIGIT) {
                        break;
                    }
                    ArabicNumber.Read a = ArabicNumber.read(t, orig, p, to, start, np == 0 && last == NONE);
                    if (a.reject()) {
                        skipTo[0] = a.end();
                        return null;
                    }
                    if (a.whole() != null) {
                        return a.whole();
                    }
                    decimal |= a.decimal();
                    int q = a.end();
                    double v = a.value();
                    numerals += q - p;
                    cur = round(v);
                    hasCur = true;
                    curCn = false;
                    last = DIGIT;
                    p = q;
                    end = p;
                    // "1000 万": spaces before a magnitude
                    int s = p;
                    while (s < to && s - p < 2 && (t[s] == ' ' || t[s] == '\u00a0')) {
                        s++;
                    }
                    if (s > p && s < to && bigUnit(t[s]) > 0) {
                        p = s;
                    }
                    continue;
                }
                int d = cnDigit(c);
                if (d == 0) {
                    boolean followed = p + 1 < to && (isNumeralChar(t[p + 1]) || t[p + 1] == '点' || t[p + 1] == '几');
                    if (last == DIGIT || !followed) {
                        if (np == 0 && !hasCur && last == NONE) {
                            cur = 0;
                            hasCur = true;
                            chinese = true;
                            numerals++;
                            p++;
                            end = p;
                            last = DIGIT;
                            continue;
                        }
                        break;
                    }
                    last = ZERO;
                    chinese = true;
                    numerals++;
                    p++;
                    end = p;
                    continue;
                }
                if (d > 0) {
                    if (last == DIGIT) {
                        break;
                    }
                    curAfterUnit = last == SMALL || last == BIG;
                    cur = d;
                    hasCur = true;
                    curCn = true;
                    chinese = true;
                    anyFinancial |= financial(c);
                    last = DIGIT;
                    numerals++;
                    p++;
                    end = p;
                    continue;
                }
                int su = smallUnit(c);
                if (su > 0) {
                    if (su == 1000 && unitAfterThousand(t, p + 1, to)) {
                        break;
                    }
                    if (last == SMALL && lastMult <= su && !hasCur) {
                        break;
                    }
                    if (hasCur && decimal && !curCn) {
                        // 2.5千 is fine; 2.5十 is not written
                        if (su != 1000) {
                            break;
                        }
                    }
                    double base = popParts(hasCur ? cur : (last == APPROX ? 0 : 1), su, false);
                    if (np >= partVal.length) {
                        break;
                    }
                    pushPart(base, su, SMALL);
                    runMag = 1;
                    chinese = true;
                    anyFinancial |= financial(c);
                    continue;
                }
                double bu = bigUnit(c);
                if (bu > 0) {
                    if (!hasCur && np == 0) {
                        break;
                    }
                    double base;
                    if (!hasCur && (last == BIG || (last == APPROX && lastWasBig))) {
                        base = popParts(0, bu, true);
                        runMag *= bu;
                    } else {
                        base = popParts(hasCur ? cur : 0, bu, false);
                        runMag = bu;
                    }
                    if (base == 0 && !hasCur) {
                        break;
                    }
                    pushPart(base, bu, BIG);
                    lastWasBig = true;
                    magnitude = Math.max(magnitude, runMag);
                    continue;
                }
                int afterPoint = c == '点' ? skipSpaces(t, p + 1, to) : p;
                if (c == '点'
                        && afterPoint < to
                        && cnDigit(t[afterPoint]) >= 0
                        && t[afterPoint] != '两'
                        && !decimal
                        && (hasCur || last == SMALL || last == BIG || last == ZERO)
                        && (curCn || !hasCur || cur == 0)) {
                    if (hasCur && curCn && curAfterUnit && lastMult >= 10) {
                        cur = cur * lastMult / 10;
                    }
                    if (!hasCur) {
                        cur = 0;
                    }
                    int q = afterPoint;
                    double scale = 0.1;
                    while (q < to && cnDigit(t[q]) >= 0 && t[q] != '两') {
                        cur += cnDigit(t[q]) * scale;
                        scale /= 10;
                        q++;
                    }
                    cur = round(cur);
                    numerals += q - p;
                    hasCur = true;
                    curCn = false;
                    decimal = true;
                    last = DIGIT;
                    chinese = true;
                    p = q;
                    end = p;
                    continue;
                }
                if (c == '几') {
                    if (last == DIGIT) {
                        break;
                    }
                    approxDigit((np == 0 && !hasCur) ? 1 : 0);
                    continue;
                }
                if ((c == '数' || c == '上') && p == start) {
                    approxDigit(1);
                    continue;
                }
                if ((c == '余' || c == '多' || c == '来' && unitAfterLai(t, p + 1, to))
                        && (np > 0 || hasCur)
                        && last != APPROX) {
                    approx = true;
                    lastWasBig = last == BIG;
                    last = APPROX;
                    p++;
                    end = p;
                    int q = p;
                    while (q < to && q - p < 4 && t[q] == ' ') {
                        q++;
                    }
                    if (q < to && bigUnit(t[q]) > 0) {
                        p = q;
                        continue;
                    }
                    break;
                }
                break;
            }
            if (numerals == 0 || end == start) {
                return null;
            }
            if (anyFinancial && numerals < 2 && !(start > 0 && t[start - 1] == '之')) {
                return null;
            }
            if (hasCur && curCn && curAfterUnit && last == DIGIT && lastMult >= 10) {
                cur = cur * lastMult / 10; // 一万三 = 13000, 两千四百五 = 2450
            }
            double value = hasCur ? cur : 0;
            for (int k = 0; k < np; k++) {
                value += partVal[k];
            }
            value = round(value);
            return FractionForms.withSuffix(t, orig, start, end, to, value, chinese, magnitude, approx, numerals);
        }

        /**
         * Adds the parts whose multiplier is below {@code mult} (up to it, when {@code inclusive})
         * to {@code base} and removes them: 三千五百 then 万 takes 3500 into the 万 part.
         */
        private double popParts(double base, double mult, boolean inclusive) {
            while (np > 0 && (partMult[np - 1] < mult || inclusive && partMult[np - 1] == mult)) {
                base += partVal[--np];
            }
            return base;
        }

        /** Closes a part at a unit character ({@code kind} SMALL or BIG) and steps over it. */
        private void pushPart(double base, double mult, int kind) {
            partVal[np] = base * mult;
            partMult[np] = mult;
            np++;
            hasCur = false;
            curCn = false;
            last = kind;
            lastMult = mult;
            numerals++;
            p++;
            end = p;
        }

        /** 几, 数, 上: an approximate digit of {@code value}, stepped over. */
        private void approxDigit(double value) {
            approx = true;
            cur = value;
            hasCur = true;
            curCn = false;
            chinese = true;
            last = DIGIT;
            p++;
            end = p;
        }
    }

    /**
     * 来 after a number is "about" (100来人, 二十来个) when a unit or measure word follows it that is no date or time
     * word; not 来自 (100来自各地的代表 is rare, but 来自 is never a unit).
     */
    static boolean unitAfterLai(char[] t, int p, int to) {
        Units.Unit u = p < to ? Units.at(t, p, to) : null;
        return u != null && u.kind() != Units.Kind.NOT_A_METRIC;
    }
}
