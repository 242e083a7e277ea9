package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;
import static io.regionpulse.metrics.IndicatorPhrase.*;
import static io.regionpulse.metrics.QuantityFilter.*;
import static io.regionpulse.metrics.ReferenceYears.*;
import static io.regionpulse.metrics.UnitReader.*;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.Qualifier;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 *   <li>Scope and region: 分别 lists first ({@link Respectively}), then {@link RegionLinker}, which
 *       consults the clause's subject, national and foreign markers, the sentence's region, an
 *       earlier sentence's and the story's, in that order.
 *   <li>Reference year: the nearest year before the number in its sentence that is not a
 *       comparison base (比2020年) or a title; 今年/去年 count; else the publish year. A target
 *       (到2025年…, 力争, 目标, 预计) takes the target year as its reference year.
 * </ul>
 *
 * <p>Linear in the text length: one scan for numbers, bounded look-behind per number.
 */
public final class MetricExtractor {
    private final IndicatorTaxonomy taxonomy;

    public MetricExtractor() {
        this(IndicatorTaxonomy.standard());
    }

    public MetricExtractor(IndicatorTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public List<MetricMention> extract(
            String text, List<Sentence> sentences, List<RegionMention> mentions, LocalDate publishedDate) {
        List<MetricMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        char[] t = Numerals.fold(text);
        boolean[] inTitle = titleMask(text);
        List<RegionMention> sorted = new ArrayList<>(mentions == null ? List.of() : mentions);
        sorted.sort(Comparator.comparingInt(RegionMention::start));
        sorted = OrganizationNames.withAuthorities(text, sorted);
        // 全省/全市/全县 after a named place count as its mentions for the story's region (记者从河南省纪委了解到，全省…)
        List<RegionMention> counted = StoryAnaphora.withBackReferences(text, sorted);
        RegionMention story = InheritedRegions.mainRegion(counted);
        RegionMention onlyPlace = story == null ? InheritedRegions.onlyPlace(counted) : null;
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
            Respectively.mapRespectively(text, s, cands, bySentence.get(si));
            RegionMention carried = InheritedRegions.carriedSubject(text, sentences, bySentence, si);
            Cand previous = null;
            Cand previousInSentence = null;
            for (Cand c : cands) {
                RegionLinker.link(c, previous, text, s, bySentence.get(si), carried, story, onlyPlace);
                c.indicatorCode = indicatorCode(c, previousInSentence, text);
                previousInSentence = c;
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
                        c.indicatorCode,
                        c.change,
                        c.change == Change.LEVEL ? null : c.comparison,
                        c.referenceYear,
                        c.isTarget,
                        c.targetYear,
                        c.scope,
                        c.regionCode,
                        c.regionName,
                        c.regionLink));
            }
        }
        return out;
    }

    /**
     * The standard indicator: from the indicator phrase; for a change without one of its own
     * (营收100亿元，同比增长5%; 比上月增长2%), the code of the quantity before it in the sentence;
     * else from the clause before the number.
     */
    private String indicatorCode(Cand c, Cand previous, String text) {
        String code = taxonomy.code(c.indicator);
        if (code == null && c.change != Change.LEVEL && previous != null && previous.indicatorCode != null) {
            code = previous.indicatorCode;
        }
        if (code == null) {
            code = taxonomy.code(text.substring(c.clauseStart, c.tokenStart));
        }
        return code;
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
            int r = u == null ? tok.end() : u.end();
            int connLen = connectorAt(t, r, to);
            if (connLen > 0
                    && k + 1 < raw.size()
                    && raw.get(k + 1).start() == r + connLen
                    && !vague[k + 1]
                    && !(u != null && u.unit().kind() == Units.Kind.NOT_A_METRIC)) {
                NumberToken tokB = raw.get(k + 1);
                UnitRead ub = readUnit(t, tokB, to);
                k++;
                if (ub == null || ub.unit().kind() == Units.Kind.NOT_A_METRIC || inTitle[tokB.start()]) {
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
                low.qualifier = Qualifier.AT_LEAST;
                high.qualifier = Qualifier.AT_MOST;
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
            if (u.unit().kind() == Units.Kind.NOT_A_METRIC) {
                continue;
            }
            Cand c = build(text, t, tok, u, from, to, s, years, pubYear, regions);
            if (c != null) {
                if (c.indicator == null && c.change != Change.LEVEL && !out.isEmpty()) {
                    c.indicator = out.get(out.size() - 1).indicator; // 营收100亿元，增长5% — the growth of the same quantity
                }
                out.add(c);
            }
        }
        return out;
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
        Units.Kind kind = u.unit().kind();
        if (tok.chinese()
                && tok.end() - tok.start() == 1
                && (kind == Units.Kind.COUNT || u.unit().surface().equals("元"))
                && !NumberScanner.bareMagnitude(t, from, tok.start(), t[tok.start()])) {
            return null; // 一个, 两家, 三省一市, 一元化: phrases, not statistics
        }
        Cand c = new Cand();
        c.start = tok.start();
        c.tokenStart = tok.start();
        c.end = u.end();
        double factor = u.unit().factor();
        if (u.unit().surface().equals("折") && tok.value() >= 10) {
            if (tok.value() == 10) {
                return null; // 十折 is no discount
            }
            factor = 1; // 75折 is 75%, 七五折 too; 九折 is 90%
        }
        c.value = Numerals.round((tok.value() + u.extra()) * factor);
        if ("celsius".equals(u.unit().code()) && tok.start() >= from + 2 && text.startsWith("零下", tok.start() - 2)) {
            c.value = -c.value;
            c.start = tok.start() - 2;
            c.tokenStart = c.start;
        }
        c.unit = u.unit().code();
        c.measureWord = u.unit().measureWord();
        c.clauseStart = clauseStart(text, tok.start(), from);
        String pre = text.substring(c.clauseStart, tok.start());
        c.qualifier = CueReader.qualifier(pre, u.postQualifier(), tok.approx());
        c.change = CueReader.change(pre);
        if (c.change != Change.LEVEL) {
            c.comparison = CueReader.comparison(text.substring(Math.max(from, tok.start() - LOOK_BEHIND), tok.start()));
        }
        // years
        c.referenceYear = years.referenceBefore(tok.start(), pubYear);
        Integer target = years.targetBefore(tok.start());
        if (target == null) {
            target = years.anyTarget;
        }
        String sentencePre = text.substring(Math.max(from, tok.start() - LOOK_BEHIND), tok.start());
        boolean targetWord = CueReader.targetWord(sentencePre);
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
}
