package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric facts in a clean document text: a number ({@link NumberScanner}), its unit
 * ({@link Units}), and what the sentence says about it ({@link Cues}).
 *
 * <p>{@code "2022年三省一市相互间技术合同输出25273项，技术交易金额1863.45亿元，同比分别增长20.3%、112.5%"}
 * → 25273 count 项 (reference year 2022), 1.86345E11 CNY (indicator 技术交易金额), 20.3 percent
 * increase yoy (indicator of the 项 count), 112.5 percent increase yoy (indicator 技术交易金额).
 *
 * <p>Decisions worth knowing:
 * <ul>
 *   <li>A metric needs a unit: a currency, %, 个百分点, 成, a measure word, a physical unit, 倍.
 *       A number with 万/亿 but no unit word is money when the phrase before it names money
 *       (兑付金额约为5446万 → CNY), otherwise a count without measure word.
 *   <li>Ranges ({@code 3至5亿元}, {@code 20%—30%}) give two rows with the same span: the low bound
 *       with qualifier {@code at_least}, the high bound with {@code at_most}; a bound without its
 *       own magnitude or unit takes the other's (3至5亿元 → 3E8 and 5E8 CNY).
 *   <li>Not metrics: dates, years, times, durations and ages (年, 月, 日, 时, 天, 岁…), ordinals
 *       (第三, 一是), plan names (十四五: adjacent Chinese numerals are vague), numbers inside 《》,
 *       next to {@code +} (1+8), phone/ICP/page-counter labels, versions (V2.0, 1.2.3), counts and
 *       money written with a single Chinese numeral (一个, 两家, 三省一市, 一元) — those are
 *       phrases, not statistics.
 *   <li>Region link: the nearest region before the number in its clause, else the sentence's
 *       first region before it, else the first region after it in the clause ({@code sentence});
 *       else the first region of the last of the previous three sentences that had one
 *       ({@code subject}); else the document's most mentioned region ({@code document}).
 *   <li>Reference year: the nearest year before the number in its sentence that is not a
 *       comparison base (比2020年) or a title; 今年/去年 count; else the publish year. A target
 *       (到2025年…, 力争, 目标, 预计) takes the target year as its reference year.
 * </ul>
 *
 * <p>Linear in the text length: one scan for numbers, bounded look-behind per number.
 */
public final class MetricExtractor {
    /**
     * How far context is looked for before a number. Bounds the work per number so that a page
     * without punctuation (a flattened table) stays linear.
     */
    private static final int LOOK_BEHIND = 160;

    private static final String CLAUSE_DELIMS = "，,；;：:。！？!?（）()\n";
    private static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:截至|截止|到|至|在|从|自)?(?:\\d{4}年)?(?:\\d{1,2}(?:-\\d{1,2})?月份?)?(?:\\d{1,2}日)?(?:以来|底|末|初|前|上半年|下半年|全年)?");

    public MetricExtractor() {}

    /** A metric under construction. */
    private static final class Cand {
        int start;
        int end;
        int tokenStart;
        int clauseStart;
        double value;
        String unit;
        String measureWord;
        String qualifier = "exact";
        String indicator;
        String change = "level";
        String comparison;
        Integer referenceYear;
        boolean isTarget;
        Integer targetYear;
        String regionCode;
        String regionLink = "none";
        Cand pairedWith;
    }

    public List<MetricMention> extract(
            String text, List<Sentence> sentences, List<RegionMention> mentions, LocalDate publishedDate) {
        List<MetricMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        char[] t = NumberScanner.fold(text);
        boolean[] inTitle = titleMask(text);
        List<RegionMention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.sort(Comparator.comparingInt(RegionMention::start));
        String docRegion = mainRegion(sorted);
        Integer pubYear = publishedDate == null ? null : publishedDate.getYear();
        List<List<RegionMention>> bySentence = new ArrayList<>();
        int mi = 0;
        for (Sentence s : sentences) {
            List<RegionMention> in = new ArrayList<>();
            while (mi < sorted.size() && sorted.get(mi).start() < s.start()) {
                mi++;
            }
            int k = mi;
            while (k < sorted.size() && sorted.get(k).start() < s.end()) {
                in.add(sorted.get(k));
                k++;
            }
            bySentence.add(in);
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Cand> cands = sentenceMetrics(text, t, inTitle, s, bySentence.get(si), pubYear);
            if (cands.isEmpty()) {
                continue;
            }
            shareElidedUnits(text, cands);
            mapRespectively(text, s, cands, bySentence.get(si));
            String carried = carriedSubject(text, sentences, bySentence, si);
            Cand previous = null;
            for (Cand c : cands) {
                linkRegion(c, previous, text, s, bySentence.get(si), carried, docRegion);
                previous = c;
                out.add(new MetricMention(
                        s.index(),
                        c.start,
                        c.end,
                        text.substring(c.start, c.end),
                        c.value,
                        c.unit,
                        c.measureWord,
                        c.qualifier,
                        c.indicator,
                        c.change,
                        c.change.equals("level") ? null : c.comparison,
                        c.referenceYear,
                        c.isTarget,
                        c.targetYear,
                        c.regionCode,
                        c.regionLink));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- numbers and units

    private List<Cand> sentenceMetrics(
            String text, char[] t, boolean[] inTitle, Sentence s, List<RegionMention> regions, Integer pubYear) {
        int from = s.start();
        int to = s.end();
        List<NumberToken> raw = NumberScanner.scan(t, text, from, to);
        List<Cand> out = new ArrayList<>();
        if (raw.isEmpty()) {
            return out;
        }
        // Chinese numerals written side by side are vague (三五家) or names (十四五).
        boolean[] vague = new boolean[raw.size()];
        for (int k = 0; k + 1 < raw.size(); k++) {
            NumberToken a = raw.get(k);
            NumberToken b = raw.get(k + 1);
            if (a.end() == b.start() && a.chinese() && b.chinese() && !b.percent()) {
                vague[k] = true;
                vague[k + 1] = true;
            }
        }
        YearInfo years = years(text, t, inTitle, raw, from, to, pubYear);
        for (int k = 0; k < raw.size(); k++) {
            NumberToken tok = raw.get(k);
            if (vague[k]
                    || inTitle[tok.start()]
                    || notAQuantity(text, t, tok, from, to)
                    || overlapsRegion(tok, regions)) {
                continue;
            }
            UnitRead u = readUnit(t, tok, to);
            // a range: A-B, A至B, A~B, A到B (the bounds share unit and magnitude)
            int r = u == null ? tok.end() : u.end;
            int connLen = connectorAt(t, r, to);
            if (connLen > 0
                    && k + 1 < raw.size()
                    && raw.get(k + 1).start() == r + connLen
                    && !vague[k + 1]
                    && !(u != null && u.unit.kind() == Units.Kind.NOT_A_METRIC)) {
                NumberToken tokB = raw.get(k + 1);
                UnitRead ub = readUnit(t, tokB, to);
                k++;
                if (ub == null || ub.unit.kind() == Units.Kind.NOT_A_METRIC || inTitle[tokB.start()]) {
                    continue;
                }
                NumberToken a = tok;
                if (u == null && a.magnitude() == 1 && tokB.magnitude() > 1) {
                    a = a.withValue(a.value() * tokB.magnitude());
                }
                UnitRead ua = u == null ? ub : u;
                Cand low = build(text, t, a, ua, from, to, s, years, pubYear, regions);
                Cand high = build(text, t, tokB, ub, from, to, s, years, pubYear, regions);
                if (low == null || high == null) {
                    continue;
                }
                low.end = high.end;
                high.start = low.start;
                high.tokenStart = low.tokenStart;
                high.clauseStart = low.clauseStart;
                low.qualifier = "at_least";
                high.qualifier = "at_most";
                high.change = low.change;
                high.comparison = low.comparison;
                if (low.indicator == null) {
                    low.indicator = high.indicator;
                }
                high.indicator = low.indicator;
                out.add(low);
                out.add(high);
                continue;
            }
            if (u == null && tok.start() > from && (t[tok.start() - 1] == '￥' || t[tok.start() - 1] == '¥')) {
                u = new UnitRead(new Units.Unit("￥", "CNY", null, 1, Units.Kind.MONEY), tok.end(), null, 0);
            }
            if (u == null) {
                u = impliedUnit(text, tok, from);
                if (u == null) {
                    continue;
                }
            }
            if (u.unit.kind() == Units.Kind.NOT_A_METRIC) {
                continue;
            }
            Cand c = build(text, t, tok, u, from, to, s, years, pubYear, regions);
            if (c != null) {
                if (c.indicator == null && !c.change.equals("level") && !out.isEmpty()) {
                    c.indicator = out.get(out.size() - 1).indicator; // 营收100亿元，增长5% — the growth of the same quantity
                }
                out.add(c);
            }
        }
        return out;
    }

    /** A unit read after a number: the unit and where the metric's surface ends. */
    private record UnitRead(Units.Unit unit, int end, String postQualifier, double extra) {}

    private static UnitRead readUnit(char[] t, NumberToken tok, int to) {
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
        if (u.surface().equals("成") && (Cues.NOT_TENTHS_AFTER.indexOf(next) >= 0 && next != 0)) {
            return null;
        }
        if (u.surface().equals("折")
                && ((Cues.NOT_DISCOUNT_AFTER.indexOf(next) >= 0 && next != 0)
                        || (tok.start() > 0 && t[tok.start() - 1] == '波'))) {
            return null;
        }
        if (u.surface().equals("升") && next != 0 && "至到了高级值为幅温格空旗学职任降级华起".indexOf(next) >= 0) {
            return null; // 升至, 升级: the verb "rise", not litres
        }
        if (u.kind() == Units.Kind.COUNT && u.surface().equals("个") && next == '百') {
            return null; // 个百 without 分点 — not a unit we know
        }
        return post(t, u, e, to);
    }

    /** "个 百 分点": the end of {@code word} at p with spaces allowed between its chars, or -1. */
    private static int spacedMatch(char[] t, int p, int to, String word) {
        int q = p;
        for (int k = 0; k < word.length(); k++) {
            if (k > 0) {
                q = NumberScanner.skipSpaces(t, q, to);
            }
            if (q >= to || t[q] != word.charAt(k)) {
                return -1;
            }
            q++;
        }
        return q;
    }

    private static UnitRead post(char[] t, Units.Unit u, int e, int to) {
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

    private static UnitRead impliedUnit(String text, NumberToken tok, int from) {
        if (tok.percent() || tok.magnitude() < 1e4) {
            return null;
        }
        boolean digit = false;
        for (int i = tok.start(); i < tok.end() && !digit; i++) {
            char ch = NumberScanner.fold(text.charAt(i));
            digit = NumberScanner.isAsciiDigit(ch) || NumberScanner.cnDigit(ch) > 0;
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

    private static int connectorAt(char[] t, int r, int to) {
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

    /** Identifiers, ordinals, times, versions, page counters: numbers that are not quantities. */
    private static boolean notAQuantity(String text, char[] t, NumberToken tok, int from, int to) {
        int st = tok.start();
        int en = tok.end();
        char prev = st > from ? t[st - 1] : 0;
        char next = en < to ? t[en] : 0;
        if (prev == '第'
                || prev == '#'
                || prev == '.'
                || prev == '+'
                || next == '+'
                || prev == '/'
                || next == '/' && en + 1 < to && NumberScanner.isAsciiDigit(t[en + 1])) {
            return true;
        }
        if (isAsciiLetter(prev) || (isAsciiLetter(next) && !unitLetters(t, en, to))) {
            return true;
        }
        if ((prev == ':' || next == ':')
                && (st >= from + 2 && NumberScanner.isAsciiDigit(t[st - 2])
                        || en + 1 < to && NumberScanner.isAsciiDigit(t[en + 1]))) {
            return true;
        }
        if (prev == '-' && st >= from + 2 && NumberScanner.isAsciiDigit(t[st - 2]) && tok.value() >= 0) {
            // the second part of 010-87654321 or 2022-03-05 (ranges are read from their first bound)
            return true;
        }
        if (next == '-' && en + 1 < to && NumberScanner.isAsciiDigit(t[en + 1])) {
            int q = en + 1;
            while (q < to && NumberScanner.isAsciiDigit(t[q])) {
                q++;
            }
            if (q < to && t[q] == '-') {
                return true; // 2022-03-05, 400-800-1234
            }
            if (tok.end() - tok.start() >= 3 && q - en - 1 >= 7) {
                return true; // 010-87654321
            }
        }
        if (prev == '前' && next != 0 && "名位强".indexOf(next) >= 0) {
            return true;
        }
        int w = st - 1;
        while (w >= from && st - w < 300 && t[w] > ' ' && t[w] < 128) {
            w--;
        }
        String run = text.substring(w + 1, st);
        if (run.contains("://") || run.contains("www.") || run.contains("?") || run.contains("=")) {
            return true; // inside a URL
        }
        String window = text.substring(Math.max(from, st - 8), st);
        for (String label : Cues.LABELS) {
            if (window.contains(label)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean unitLetters(char[] t, int p, int to) {
        return Units.at(t, p, to) != null;
    }

    private static boolean overlapsRegion(NumberToken tok, List<RegionMention> regions) {
        for (RegionMention m : regions) {
            if (m.start() < tok.end() && tok.start() < m.end()) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- context

    private Cand build(
            String text,
            char[] t,
            NumberToken tok,
            UnitRead u,
            int from,
            int to,
            Sentence s,
            YearInfo years,
            Integer pubYear,
            List<RegionMention> regions) {
        Units.Kind kind = u.unit.kind();
        if (tok.chinese()
                && tok.end() - tok.start() == 1
                && (kind == Units.Kind.COUNT || u.unit.surface().equals("元"))) {
            return null; // 一个, 两家, 三省一市, 一元化: phrases, not statistics
        }
        Cand c = new Cand();
        c.start = tok.start();
        c.tokenStart = tok.start();
        c.end = u.end;
        double factor = u.unit.factor();
        if (u.unit.surface().equals("折") && tok.value() >= 10) {
            if (tok.value() == 10) {
                return null; // 十折 is no discount
            }
            factor = 1; // 75折 is 75%, 七五折 too; 九折 is 90%
        }
        c.value = NumberScanner.round((tok.value() + u.extra) * factor);
        if ("celsius".equals(u.unit.code()) && tok.start() >= from + 2 && text.startsWith("零下", tok.start() - 2)) {
            c.value = -c.value;
            c.start = tok.start() - 2;
            c.tokenStart = c.start;
        }
        c.unit = u.unit.code();
        c.measureWord = u.unit.measureWord();
        c.clauseStart = clauseStart(text, tok.start(), from);
        String pre = text.substring(c.clauseStart, tok.start());
        // qualifier before the number, then after it
        String preTrim = stripEnd(pre, "了 ");
        for (Cues.Cue q : Cues.PRE_QUALIFIERS) {
            if (preTrim.endsWith(q.word())) {
                if (q.word().equals("近")
                        && preTrim.length() >= 2
                        && "最附靠临接将".indexOf(preTrim.charAt(preTrim.length() - 2)) >= 0) {
                    continue;
                }
                if (q.word().equals("超") && preTrim.endsWith("高超")) {
                    continue;
                }
                c.qualifier = q.meaning();
                break;
            }
        }
        if (u.postQualifier != null && c.qualifier.equals("exact")) {
            c.qualifier = u.postQualifier;
        }
        if (tok.approx() && c.qualifier.equals("exact")) {
            c.qualifier = "approx";
        }
        // change: the last change word in the clause, with only list/qualifier chars between
        int best = -1;
        String bestMeaning = null;
        for (Cues.Cue cue : Cues.CHANGES) {
            int idx = pre.lastIndexOf(cue.word());
            if (idx >= 0 && idx + cue.word().length() > best) {
                if (cue.word().length() == 1 && idx > 0 && "新提上扩下".indexOf(pre.charAt(idx - 1)) >= 0) {
                    continue;
                }
                best = idx + cue.word().length();
                bestMeaning = cue.meaning();
            }
        }
        if (best >= 0) {
            String gap = pre.substring(best);
            boolean ok = gap.length() <= 14;
            for (int i = 0; ok && i < gap.length(); i++) {
                if (Cues.CHANGE_GAP.indexOf(gap.charAt(i)) < 0) {
                    ok = false;
                }
            }
            if (ok && !gap.contains("至") && !gap.contains("到")) {
                c.change = bestMeaning;
            }
        }
        if (!c.change.equals("level")) {
            String sentencePre = text.substring(Math.max(from, tok.start() - LOOK_BEHIND), tok.start());
            int bestPos = -1;
            for (Cues.Cue cue : Cues.COMPARISONS) {
                int idx = sentencePre.lastIndexOf(cue.word());
                if (idx > bestPos) {
                    bestPos = idx;
                    c.comparison = cue.meaning();
                }
            }
            Matcher m = Cues.COMPARE_YEAR.matcher(sentencePre);
            while (m.find()) {
                if (m.start() > bestPos) {
                    bestPos = m.start();
                    c.comparison = "yoy";
                }
            }
        }
        // years
        c.referenceYear = years.referenceBefore(tok.start(), pubYear);
        Integer target = years.targetBefore(tok.start());
        if (target == null) {
            target = years.anyTarget;
        }
        String sentencePre = text.substring(Math.max(from, tok.start() - LOOK_BEHIND), tok.start());
        boolean targetWord = false;
        for (String w : Cues.TARGET_WORDS) {
            if (sentencePre.contains(w)) {
                targetWord = true;
                break;
            }
        }
        if (target != null || targetWord) {
            c.isTarget = true;
            c.targetYear = target;
            if (target != null) {
                c.referenceYear = target;
            }
        }
        c.indicator = indicator(text, c, u, pre, regions, to);
        return c;
    }

    private static String stripEnd(String s, String chars) {
        int e = s.length();
        while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }

    static int clauseStart(String text, int pos, int from) {
        int i = pos - 1;
        int limit = Math.max(from, pos - LOOK_BEHIND);
        while (i >= limit) {
            char c = text.charAt(i);
            if (CLAUSE_DELIMS.indexOf(c) >= 0) {
                if ((c == ',' || c == '，')
                        && i > from
                        && i + 1 < text.length()
                        && Character.isDigit(text.charAt(i - 1))
                        && Character.isDigit(text.charAt(i + 1))) {
                    i--;
                    continue; // a thousands separator
                }
                return i + 1;
            }
            i--;
        }
        return limit;
    }

    private static int clauseEnd(String text, int pos, int to) {
        int limit = Math.min(to, pos + LOOK_BEHIND);
        for (int i = pos; i < limit; i++) {
            char c = text.charAt(i);
            if (CLAUSE_DELIMS.indexOf(c) >= 0
                    && !((c == ',' || c == '，')
                            && i > 0
                            && i + 1 < to
                            && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    /** The phrase that names the quantity: 技术交易金额1863.45亿元 → 技术交易金额. */
    private static String indicator(String text, Cand c, UnitRead u, String pre, List<RegionMention> regions, int to) {
        StringBuilder b = new StringBuilder();
        int base = c.clauseStart;
        for (int i = 0; i < pre.length(); i++) {
            int abs = base + i;
            boolean inRegion = false;
            for (RegionMention m : regions) {
                if (abs >= m.start() && abs < m.end()) {
                    inRegion = true;
                    break;
                }
            }
            if (!inRegion) {
                b.append(pre.charAt(i));
            }
        }
        String p = clean(b.toString());
        if (u.unit.kind() == Units.Kind.COUNT || (p.isEmpty() && u.unit.kind() == Units.Kind.PERCENT)) {
            String follow = followingNoun(text, u.end, to);
            if (!follow.isEmpty()) {
                return follow;
            }
        }
        return p.isEmpty() ? null : p;
    }

    private static final String PUNCT = " \t\u3000“”\"'《》（）()【】·";

    private static String stripPunct(String p) {
        int b = 0;
        int e = p.length();
        while (b < e && PUNCT.indexOf(p.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && PUNCT.indexOf(p.charAt(e - 1)) >= 0) {
            e--;
        }
        return p.substring(b, e);
    }

    private static final java.util.Set<String> LEADING = new java.util.HashSet<>(Cues.LEADING_NOISE);
    private static final java.util.Set<String> TRAILING = new java.util.HashSet<>(Cues.TRAILING_NOISE);
    private static final int MAX_NOISE = 6;

    private static String clean(String phrase) {
        String p = stripPunct(phrase);
        boolean changed = true;
        int guard = 0;
        while (changed && !p.isEmpty() && guard++ < 20) {
            changed = false;
            char c0 = p.charAt(0);
            if (Character.isDigit(c0) || "截到至在从自".indexOf(c0) >= 0) {
                String q = LEADING_TIME.matcher(p).replaceFirst("");
                if (!q.equals(p)) {
                    p = stripPunct(q);
                    changed = true;
                    continue;
                }
            }
            for (int k = Math.min(MAX_NOISE, p.length()); k >= 1; k--) {
                if (LEADING.contains(p.substring(0, k))) {
                    p = stripPunct(p.substring(k));
                    changed = true;
                    break;
                }
            }
            for (int k = Math.min(MAX_NOISE, p.length()); k >= 1; k--) {
                if (TRAILING.contains(p.substring(p.length() - k))) {
                    p = stripPunct(p.substring(0, p.length() - k));
                    changed = true;
                    break;
                }
            }
        }
        if (p.length() > 16) {
            int de = p.lastIndexOf('的');
            p = de >= 0 && de < p.length() - 1 ? p.substring(de + 1) : p;
            if (p.length() > 16) {
                p = p.substring(p.length() - 16);
            }
        }
        return p;
    }

    private static final String FOLLOW_STOPS = "，,。；;：:、（）()！？!?“”\n 在和与及并将已被等参于由对从向到至为是有赴";

    /** For counts, the noun after the measure word: 2207家企业在平台上注册 → 企业. */
    private static String followingNoun(String text, int from, int to) {
        int limit = Math.min(to, from + 24);
        int e = from;
        while (e < limit && "，,。；;：:、（）()！？!?\n".indexOf(text.charAt(e)) < 0) {
            e++;
        }
        String seg = text.substring(from, e);
        int de = seg.lastIndexOf('的');
        if (de >= 0) {
            seg = seg.substring(de + 1);
        }
        int cut = seg.length();
        for (int i = 0; i < seg.length(); i++) {
            if (FOLLOW_STOPS.indexOf(seg.charAt(i)) >= 0) {
                cut = i;
                break;
            }
        }
        seg = seg.substring(0, cut);
        for (String verb : new String[] {
            "布局", "注册", "参加", "落户", "入驻", "获得", "实现", "开展", "完成", "申请", "纳入", "入选", "上线", "投产", "开工", "签约", "建成", "集聚",
            "分布", "覆盖", "通过"
        }) {
            int v = seg.indexOf(verb);
            if (v > 0) {
                seg = seg.substring(0, v);
            } else if (v == 0) {
                seg = "";
            }
        }
        if (seg.length() > 12) {
            seg = seg.substring(0, 12);
        }
        return seg.strip();
    }

    /** 分别高5.5个、2.9个百分点: a list item written with 个 takes the 个百分点 of the last item. */
    private static void shareElidedUnits(String text, List<Cand> cands) {
        for (int k = cands.size() - 2; k >= 0; k--) {
            Cand c = cands.get(k);
            Cand n = cands.get(k + 1);
            if ("个".equals(c.measureWord)
                    && c.end < text.length()
                    && "、和与及".indexOf(text.charAt(c.end)) >= 0
                    && n.start - c.end <= 2
                    && "percentage_point".equals(n.unit)) {
                c.unit = "percentage_point";
                c.measureWord = null;
                c.change = n.change;
                c.comparison = n.comparison;
            }
        }
    }

    // ---------------------------------------------------------------- 分别

    /**
     * "A x、B y，同比分别增长p%、q%" maps p onto A and q onto B; "北京、上海分别为p%、q%" maps the regions.
     */
    private static void mapRespectively(String text, Sentence s, List<Cand> cands, List<RegionMention> regions) {
        int from = s.start();
        int to = s.end();
        String st = text.substring(from, to);
        int f = st.indexOf("分别");
        while (f >= 0) {
            int abs = from + f;
            int clauseEnd = clauseEnd(text, abs, to);
            List<Cand> list = new ArrayList<>();
            List<Cand> before = new ArrayList<>();
            for (Cand c : cands) {
                if (c.start >= abs
                        && c.start < clauseEnd
                        && (list.isEmpty() || list.get(list.size() - 1).start != c.start)) {
                    list.add(c);
                } else if (c.end <= abs && (before.isEmpty() || before.get(before.size() - 1).start != c.start)) {
                    before.add(c);
                }
            }
            int n = list.size();
            if (n >= 2) {
                boolean change = list.stream().anyMatch(c -> !c.change.equals("level"));
                int cs = clauseStart(text, abs, from);
                List<RegionMention> subj = distinctRegions(regions, cs, abs);
                if (subj.size() == n) {
                    for (int i = 0; i < n; i++) {
                        list.get(i).regionCode = subj.get(i).regionCode();
                        list.get(i).regionLink = "sentence";
                    }
                } else if (change && before.size() >= n) {
                    for (int i = 0; i < n; i++) {
                        Cand p = before.get(before.size() - n + i);
                        list.get(i).indicator = p.indicator;
                        list.get(i).pairedWith = p;
                    }
                } else {
                    String[] items = text.substring(cs, abs).split("[、和及与]");
                    if (items.length == n) {
                        for (int i = 0; i < n; i++) {
                            String ind = clean(items[i]);
                            if (!ind.isEmpty()) {
                                list.get(i).indicator = ind;
                            }
                        }
                    }
                }
            }
            f = st.indexOf("分别", f + 2);
        }
    }

    private static List<RegionMention> distinctRegions(List<RegionMention> regions, int from, int to) {
        List<RegionMention> out = new ArrayList<>();
        int lastStart = -1;
        for (RegionMention m : regions) {
            if (m.start() >= from && m.end() <= to && m.start() != lastStart) {
                out.add(m);
                lastStart = m.start();
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- regions

    /** Words that put a number at national or world scale: no region is the right answer. */
    private static final String[] NATIONAL = {"全国", "我国", "国内", "全球", "世界", "国家级", "中央财政"};

    private static void linkRegion(
            Cand c,
            Cand previous,
            String text,
            Sentence s,
            List<RegionMention> regions,
            String carried,
            String docRegion) {
        if (c.regionCode != null) {
            return;
        }
        if (c.pairedWith != null && c.pairedWith.regionCode != null) {
            c.regionCode = c.pairedWith.regionCode;
            c.regionLink = c.pairedWith.regionLink;
            return;
        }
        int cs = c.clauseStart;
        int ce = clauseEnd(text, c.end, s.end());
        RegionMention nearest = null;
        RegionMention firstBefore = null;
        RegionMention firstAfterInClause = null;
        for (int k = 0; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.end() <= c.tokenStart) {
                if (m.start() >= cs
                        && (nearest == null
                                || (m.start() > nearest.start() && (!m.inOrganization() || nearest.inOrganization()))
                                || (m.start() == nearest.start() && nearest.isCombined() && !m.isCombined()))) {
                    nearest = m; // of mentions sharing a span (京津冀 and its members), the first non-combined one
                }
                if (firstBefore == null || (firstBefore.inOrganization() && !m.inOrganization())) {
                    firstBefore = specific(regions, k);
                }
            } else if (m.start() >= c.end && m.start() < ce && firstAfterInClause == null) {
                firstAfterInClause = m;
            }
        }
        String before = text.substring(cs, c.tokenStart);
        String sentenceBefore = text.substring(Math.max(s.start(), c.tokenStart - LOOK_BEHIND), c.tokenStart);
        if (nearest != null) {
            nearest = firstOfSiblings(regions, nearest);
            set(c, nearest.regionCode(), "sentence");
        } else if (previous != null
                && previous.regionCode != null
                && previous.regionLink.equals("sentence")
                && !c.change.equals("level")) {
            set(c, previous.regionCode, "sentence"); // 进出口总值达618.8亿元，同比增长77.4%: the same quantity's region
        } else if (containsAny(before, NATIONAL) || (firstBefore == null && containsAny(sentenceBefore, NATIONAL))) {
            set(c, null, "none");
        } else if (firstBefore != null) {
            set(c, firstBefore.regionCode(), "sentence");
        } else if (firstAfterInClause != null) {
            set(c, firstAfterInClause.regionCode(), "sentence");
        } else if (carried != null) {
            set(c, carried, "subject");
        } else if (docRegion != null) {
            set(c, docRegion, "document");
        }
    }

    /** 宁波舟山港: of two regions of the same level written together, the first names the subject. */
    private static RegionMention firstOfSiblings(List<RegionMention> regions, RegionMention m) {
        RegionMention cur = m;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RegionMention p : regions) {
                if (p.end() == cur.start()
                        && p.regionLevel() != null
                        && p.regionLevel().equals(cur.regionLevel())
                        && !p.isCombined()) {
                    cur = p;
                    moved = true;
                    break;
                }
            }
        }
        return cur;
    }

    /** 山东济南, 河北衡水湖: a province directly followed by one of its cities means the city. */
    private static RegionMention specific(List<RegionMention> regions, int k) {
        RegionMention m = regions.get(k);
        for (int j = k + 1; j < regions.size() && regions.get(j).start() <= m.end(); j++) {
            RegionMention n = regions.get(j);
            if (n.start() == m.end()
                    && m.regionCode().equals(n.provinceCode())
                    && !n.regionCode().equals(m.regionCode())) {
                return n;
            }
        }
        return m;
    }

    private static void set(Cand c, String code, String link) {
        c.regionCode = code;
        c.regionLink = link;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first region of the nearest earlier sentence of the same paragraph (at most three back). */
    private static String carriedSubject(
            String text, List<Sentence> sentences, List<List<RegionMention>> bySentence, int si) {
        for (int k = si - 1; k >= 0 && k >= si - 3; k--) {
            if (text.substring(sentences.get(k).end(), sentences.get(k + 1).start())
                                    .indexOf('\n')
                            >= 0
                    || text.charAt(sentences.get(k).end() - 1) == '\n') {
                return null;
            }
            if (!bySentence.get(k).isEmpty()) {
                return bySentence.get(k).get(0).regionCode();
            }
        }
        return null;
    }

    /** The region most mentioned, if it has at least half of all mentions and two or more. */
    private static String mainRegion(List<RegionMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RegionMention m : mentions) {
            counts.merge(m.regionCode(), 1, Integer::sum);
        }
        String best = null;
        int bestN = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return bestN >= 2 && bestN * 2 >= mentions.size() ? best : null;
    }

    // ---------------------------------------------------------------- years and titles

    private static boolean[] titleMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《' || c == '〈') {
                depth++;
            } else if ((c == '》' || c == '〉') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
            mask[i] = depth > 0 || c == '》';
        }
        return mask;
    }

    /** The years of one sentence: where each is, whether it is a comparison base or a target. */
    private static final class YearInfo {
        final List<int[]> refs = new ArrayList<>(); // {position, year}
        final List<int[]> targets = new ArrayList<>();
        Integer anyTarget;

        Integer referenceBefore(int pos, Integer pubYear) {
            Integer y = null;
            for (int[] r : refs) {
                if (r[0] < pos) {
                    y = r[1];
                }
            }
            return y != null ? y : pubYear;
        }

        Integer targetBefore(int pos) {
            Integer y = null;
            for (int[] r : targets) {
                if (r[0] < pos) {
                    y = r[1];
                }
            }
            return y;
        }
    }

    private static final Map<String, Integer> RELATIVE_YEARS = new HashMap<>();

    static {
        RELATIVE_YEARS.put("今年", 0);
        RELATIVE_YEARS.put("去年", -1);
        RELATIVE_YEARS.put("上年", -1);
        RELATIVE_YEARS.put("前年", -2);
        RELATIVE_YEARS.put("明年", 1);
    }

    private static YearInfo years(
            String text, char[] t, boolean[] inTitle, List<NumberToken> raw, int from, int to, Integer pubYear) {
        YearInfo info = new YearInfo();
        for (NumberToken tok : raw) {
            int st = tok.start();
            int en = tok.end();
            if (tok.chinese() || en - st != 4 || en >= to || t[en] != '年' || inTitle[st]) {
                continue;
            }
            int y = (int) tok.value();
            if (y < 1900 || y > 2100) {
                continue;
            }
            char prev = st > from ? t[st - 1] : 0;
            if (prev == '比'
                    || prev == '较'
                    || prev == '于'
                    || prev == '-'
                    || prev == '—'
                    || prev == '~'
                    || prev == '至' && st >= from + 2 && NumberScanner.isAsciiDigit(t[st - 2])) {
                continue; // comparison base (比2020年, 相较于2020年) or the end of a period (2022-2025年)
            }
            if (en + 1 < to
                    && (t[en + 1] == '-' || t[en + 1] == '—' || t[en + 1] == '至')
                    && en + 2 < to
                    && NumberScanner.isAsciiDigit(t[en + 2])) {
                continue; // the start of a period (2021年-2025年)
            }
            String before = text.substring(Math.max(from, st - 4), st);
            String after = text.substring(en + 1, Math.min(to, en + 4));
            boolean toward = (before.endsWith("到")
                            || (before.endsWith("至") && !before.endsWith("截至"))
                            || before.endsWith("力争")
                            || before.endsWith("预计"))
                    || after.startsWith("前")
                    || after.startsWith("底前")
                    || after.startsWith("末前");
            boolean future = pubYear != null && y > pubYear;
            if ((toward && (pubYear == null || y >= pubYear)) || future) {
                info.targets.add(new int[] {st, y});
                if (info.anyTarget == null) {
                    info.anyTarget = y;
                }
            } else {
                info.refs.add(new int[] {st, y});
            }
        }
        if (pubYear != null) {
            for (Map.Entry<String, Integer> e : RELATIVE_YEARS.entrySet()) {
                String st = text.substring(from, to);
                int rel = st.indexOf(e.getKey());
                while (rel >= 0) {
                    int idx = from + rel;
                    char prev = idx > from ? text.charAt(idx - 1) : 0;
                    boolean base = prev == '比'
                            || prev == '较'
                            || prev == '上' && e.getKey().equals("年")
                            || text.startsWith("同期", idx + 2);
                    if (!base && !inTitle[idx]) {
                        info.refs.add(new int[] {idx, pubYear + e.getValue()});
                    }
                    rel = st.indexOf(e.getKey(), rel + 2);
                }
            }
            info.refs.sort(Comparator.comparingInt(r -> r[0]));
        }
        return info;
    }
}
