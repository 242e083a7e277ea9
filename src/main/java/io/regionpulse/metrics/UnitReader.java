package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

/**
 * The unit after a number ({@link Units}), with 个百分点 spelled with spaces, 半 (三成半), the
 * qualifier written after the unit (40家以上, 3%左右), the unit implied by a money word
 * (兑付金额约为5446万 → CNY) and range connectors (至, 到, -, ~, —).
 */
final class UnitReader {
    private UnitReader() {}

    /** A unit read after a number: the unit and where the metric's surface ends. */
    record UnitRead(Units.Unit unit, int end, String postQualifier, double extra) {}

    /** After 首, a word it makes "first": 首届, 首次, 首批, 首个, 首家, 首台, 首条, 首座, 首架, 首艘, 首款, 首部, 首位, 首项. */
    private static final String FIRST_OF = "届次批个家台条座架艘款部位项";

    static UnitRead readUnit(char[] t, NumberToken tok, int to) {
        if (tok.percent()) {
            return post(t, new Units.Unit("百分之", "percent", null, 1, Units.Kind.PERCENT), tok.end(), to);
        }
        int q = tok.end();
        while (q < to && q - tok.end() < 4 && (t[q] == ' ' || t[q] == '\u00a0' || t[q] == '\u3000')) {
            q++;
        }
        if (q >= to) {
            return null;
        }
        Units.Unit u = Units.at(t, q, to);
        if (u == null && t[q] == '度' && tok.magnitude() >= 1e4) {
            u = Units.KWH_DU; // 50亿度, 2.1万度: electricity; 35度 and 71度 keep no unit
        }
        int e;
        int spaced = spacedMatch(t, q, to, "个百分点");
        if (spaced < 0) {
            spaced = spacedMatch(t, q, to, "百分点");
        }
        if (spaced > 0 && (u == null || u.kind() != Units.Kind.PERCENT)) {
            u = Units.at(t, q, q + 1) != null && t[q] == '个' ? Units.byName("个百分点") : Units.byName("百分点");
            e = spaced;
        } else if (u == null) {
            return null;
        } else {
            e = q + u.surface().length();
        }
        char next = e < to ? t[e] : 0;
        if (u.kind() == Units.Kind.NOT_A_METRIC
                && u.surface().equals("点")
                && clauseHas(t, tok.start(), Cues.INDEX_WORDS)) {
            u = Units.INDEX_POINT;
        } else if (u.kind() == Units.Kind.NOT_A_METRIC
                && u.surface().equals("分")
                && next != '之'
                && clauseHas(t, tok.start(), Cues.SCORE_WORDS)) {
            u = Units.SCORE;
        }
        if (u.surface().equals("成") && (Cues.NOT_TENTHS_AFTER.indexOf(next) >= 0 && next != 0)) {
            return null;
        }
        if (u.surface().equals("首") && next != 0 && FIRST_OF.indexOf(next) >= 0) {
            return null; // 2023首届博览会, 10首次: 首 is "first" here, not songs counted (26首歌曲)
        }
        if (u.surface().equals("折")
                && ((Cues.NOT_DISCOUNT_AFTER.indexOf(next) >= 0 && next != 0)
                        || (tok.start() > 0 && t[tok.start() - 1] == '波'))) {
            return null;
        }
        if (u.surface().equals("升") && next != 0 && "至到了高级值为幅温格空旗学职任降级华起".indexOf(next) >= 0) {
            return null; // 升至, 升级: the verb "rise", not litres
        }
        if (u.kind() == Units.Kind.PHYSICAL && next == '级') {
            // 10万吨级油轮, 110兆瓦级燃气轮机: a size class, not a quantity of anything (nor a bare count 10万)
            return post(t, new Units.Unit(u.surface(), null, null, 1, Units.Kind.NOT_A_METRIC), e + 1, to);
        }
        if (u.surface().equals("个点") && clauseHas(t, tok.start(), Cues.INDEX_WORDS)) {
            u = Units.INDEX_POINT; // 上证指数上涨1.1个点: index points written with 个 (not 设立10个点, sites)
        }
        if (u.surface().equals("马克") && next == '思') {
            return null; // 马克思, a name
        }
        if (u.kind() == Units.Kind.COUNT && u.surface().equals("个") && next == '百') {
            return null; // 个百 without 分点 — not a unit we know
        }
        if (u.kind() == Units.Kind.MONEY
                && u.code().equals("CNY")
                && u.surface().equals("元")) {
            Units.Unit before = Units.currencyBefore(t, tok.start(), 0);
            if (before != null) {
                // 港币4900元: the currency written before the number; the 元 after it is the generic "unit of money"
                u = new Units.Unit(u.surface(), before.code(), null, 1, Units.Kind.MONEY);
            }
        }
        return post(t, u, e, to);
    }

    /** One of {@code words} in the clause before {@code p} (at most 24 chars back). */
    static boolean clauseHas(char[] t, int p, java.util.List<String> words) {
        int b = p;
        while (b > 0 && p - b < 24 && CLAUSE_DELIMS.indexOf(t[b - 1]) < 0) {
            b--;
        }
        String before = new String(t, b, p - b);
        for (String w : words) {
            if (before.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "个 百 分点": the end of {@code word} at p with spaces allowed between its chars, or -1. */
    static int spacedMatch(char[] t, int p, int to, String word) {
        int q = p;
        for (int k = 0; k < word.length(); k++) {
            if (k > 0) {
                q = Numerals.skipSpaces(t, q, to);
            }
            if (q >= to || t[q] != word.charAt(k)) {
                return -1;
            }
            q++;
        }
        return q;
    }

    static UnitRead post(char[] t, Units.Unit u, int e, int to) {
        String qual = null;
        double extra = 0;
        if (e < to
                && t[e] == '半'
                && (u.kind() == Units.Kind.PHYSICAL || u.surface().equals("成"))) {
            extra = 0.5;
            e++;
        }
        for (Cues.Cue c : Cues.POST_QUALIFIERS) {
            String w = c.word();
            if (e + w.length() <= to && new String(t, e, w.length()).equals(w)) {
                if ((w.equals("多") || w.equals("余")) && u.kind() != Units.Kind.COUNT) {
                    continue;
                }
                if (w.equals("上下") || w.equals("以下")) {
                    // 以下 is also "the following": 以下几点
                    char after = e + 2 < to ? t[e + 2] : 0;
                    if ("几简称方内措问".indexOf(after) >= 0 && after != 0) {
                        continue;
                    }
                }
                qual = c.meaning();
                e += w.length();
                break;
            }
        }
        return new UnitRead(u, e, qual, extra);
    }

    static UnitRead impliedUnit(String text, NumberToken tok, int from) {
        if (tok.percent() || tok.magnitude() < 1e4) {
            return null;
        }
        boolean digit = false;
        for (int i = tok.start(); i < tok.end() && !digit; i++) {
            char ch = Numerals.fold(text.charAt(i));
            digit = Numerals.isAsciiDigit(ch) || Numerals.cnDigit(ch) > 0;
        }
        if (!digit) {
            return null; // 千万, 百万 alone: 千万工程, 千万不要
        }
        int cs = clauseStart(text, tok.start(), from);
        String pre = text.substring(Math.max(cs, tok.start() - 16), tok.start());
        for (String w : Cues.MONEY_WORDS) {
            if (pre.contains(w)) {
                return new UnitRead(new Units.Unit("", "CNY", null, 1, Units.Kind.MONEY), tok.end(), null, 0);
            }
        }
        return new UnitRead(new Units.Unit("", "count", null, 1, Units.Kind.COUNT), tok.end(), null, 0);
    }

    static int connectorAt(char[] t, int r, int to) {
        if (r >= to) {
            return 0;
        }
        char c = t[r];
        if (c == '-' || c == '~' || c == '–' || c == '至' || c == '到' || c == '〜') {
            return 1;
        }
        if (c == '—') {
            return r + 1 < to && t[r + 1] == '—' ? 2 : 1;
        }
        return 0;
    }
}
