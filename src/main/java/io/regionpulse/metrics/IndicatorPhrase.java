package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;
import static io.regionpulse.metrics.UnitReader.*;

import io.regionpulse.regions.RegionMention;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The raw phrase that names a quantity, trimmed at clean boundaries: the clause before the
 * number without region names, leading time/scope words and trailing verbs/qualifiers
 * ({@code 技术交易金额1863.45亿元} → 技术交易金额); for counts the noun after the measure word
 * ({@code 2207家企业} → 企业).
 */
final class IndicatorPhrase {
    private IndicatorPhrase() {}

    static final Pattern LEADING_TIME = Pattern.compile(
            "^(?:截至|截止|到|至|在|从|自)?(?:\\d{4}年)?(?:\\d{1,2}(?:-\\d{1,2})?月份?)?(?:\\d{1,2}日)?(?:以来|底|末|初|前|上半年|下半年|全年)?");

    /** The phrase that names the quantity: 技术交易金额1863.45亿元 → 技术交易金额. */
    static String indicator(String text, Cand c, UnitRead u, String pre, List<RegionMention> regions, int to) {
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
        if (u.unit().kind() == Units.Kind.COUNT || (p.isEmpty() && u.unit().kind() == Units.Kind.PERCENT)) {
            String follow = followingNoun(text, u.end(), to);
            if (!follow.isEmpty()) {
                return follow;
            }
        }
        return p.isEmpty() ? null : p;
    }

    static final String PUNCT = " \t\u3000“”\"'《》（）()【】·";

    static String stripPunct(String p) {
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

    static final java.util.Set<String> LEADING = new java.util.HashSet<>(Cues.LEADING_NOISE);
    static final java.util.Set<String> TRAILING = new java.util.HashSet<>(Cues.TRAILING_NOISE);
    static final int MAX_NOISE = 6;

    static String clean(String phrase) {
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

    static final String FOLLOW_STOPS = "，,。；;：:、（）()！？!?“”\n 在和与及并将已被等参于由对从向到至为是有赴";

    /** For counts, the noun after the measure word: 2207家企业在平台上注册 → 企业. */
    static String followingNoun(String text, int from, int to) {
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
}
