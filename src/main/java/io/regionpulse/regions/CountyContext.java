package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the county names that need context ({@link Surface.Guard#CONTEXT}) once a document's
 * other mentions are known. Pure and table-driven-tested through {@link RegionMatcher}.
 *
 * <p>For each candidate county of a pending name, its support in the document:
 *
 * <ul>
 *   <li>strong: the county itself is named elsewhere (寿光市 … 寿光), or its prefecture is (潍坊 …
 *       寿光; 南京 … 鼓楼区);
 *   <li>weak: its province is named (浙江 … 义乌), directly or through a city or county of it.
 * </ul>
 *
 * The name resolves to the one candidate with strong support, else to the one candidate with weak
 * support; two or more equally supported candidates (江苏 … 鼓楼区: 南京 or 徐州) or none leave it
 * unresolved, and it is dropped — never guessed. One exception without context: the short name
 * of a county-level city that no other county shares and that HanLP's dictionary knows as a
 * place (义乌国际商贸城, 昆山, 晋江 — national news names them bare); a county's (峨边, 神池) still
 * needs context. Resolved counties feed the context of the others
 * (昆山市 … 太仓: both in 苏州).
 *
 * <p>Decided during the walk instead ({@link #afterOwnParent}): a short name written right after its
 * own parent (浙江云和, 杭州临安), the only way a district's short name counts.
 */
final class CountyContext {
    private CountyContext() {}

    static void resolve(Gazetteer g, List<RegionMatcher.Hit> hits, List<RegionMatcher.Hit> pending) {
        Set<String> named = new HashSet<>();
        Set<String> context = new HashSet<>();
        for (RegionMatcher.Hit h : hits) {
            addContext(g, h.code, named, context);
        }
        boolean changed = true;
        while (changed && !pending.isEmpty()) {
            changed = false;
            for (int i = 0; i < pending.size(); i++) {
                RegionMatcher.Hit h = pending.get(i);
                String pick = pick(g, h.surface.members(), named, context);
                if (pick == null && h.placeWord) {
                    pick = wellKnownCity(g, h.surface);
                }
                if (pick != null) {
                    h.code = pick;
                    hits.add(h);
                    addContext(g, pick, named, context);
                    pending.remove(i);
                    i--;
                    changed = true;
                }
            }
        }
    }

    static String pick(Gazetteer g, List<String> candidates, Set<String> named, Set<String> context) {
        List<String> strong = new ArrayList<>(1);
        List<String> weak = new ArrayList<>(1);
        for (String c : candidates) {
            Region r = g.get(c);
            if (named.contains(c) || (r.prefectureCode() != null && named.contains(r.prefectureCode()))) {
                strong.add(c);
            } else if (context.contains(r.provinceCode())
                    || (r.prefectureCode() != null && context.contains(r.prefectureCode()))) {
                weak.add(c);
            }
        }
        if (strong.size() == 1) {
            return strong.get(0);
        }
        if (strong.isEmpty() && weak.size() == 1) {
            return weak.get(0);
        }
        return null;
    }

    /**
     * The one candidate of a county short name whose own parent is the mention ending right where
     * the name starts: 浙江云和, 丽水云和 (a county: its prefecture or province), 杭州临安, 北京海淀 (a
     * district, {@link Surface.Guard#PARENT}: its direct parent only — 广东南海 is not 南海区). Null
     * when no such mention or two candidates fit.
     */
    static String afterOwnParent(Gazetteer g, Surface s, List<RegionMatcher.Hit> hits, int start) {
        String pick = null;
        for (int i = hits.size() - 1; i >= 0 && i >= hits.size() - 4; i--) {
            RegionMatcher.Hit h = hits.get(i);
            if (h.end != start) {
                continue;
            }
            for (String c : s.members()) {
                Region r = g.get(c);
                boolean parent = h.code.equals(r.parentCode())
                        || (s.guard() != Surface.Guard.PARENT && h.code.equals(r.provinceCode()));
                if (parent && !c.equals(pick)) {
                    if (pick != null) {
                        return null;
                    }
                    pick = c;
                }
            }
        }
        return pick;
    }

    /** Words after which a county's short name that is also a common word is that word (山东平原地区, 一带). */
    private static final List<String> AREA_WORDS_AFTER = List.of("地区", "地带", "区域", "一带", "大地", "地貌", "上");

    /**
     * A county's (not a district's) short name right after its own province or prefecture counts even where HanLP
     * reads it as an ordinary word (福建清流/n, 广西兴业/v, 云南省富源/n, 浙江开化/a), unless an area word follows
     * (山东平原地区 is the plain). Districts keep needing a place tag (武汉青山/n is the hill).
     */
    static boolean countyAfterParent(Surface s, String afterParent, String nextWord) {
        return afterParent != null && s.guard() != Surface.Guard.PARENT && !AREA_WORDS_AFTER.contains(nextWord);
    }

    /** 义乌 alone: the one county-level city (…市) of that short name, when HanLP reads it as a place. */
    static String wellKnownCity(Gazetteer g, Surface s) {
        if (s.matchType() != MatchType.SHORT_NAME || s.members().size() != 1) {
            return null;
        }
        Region r = g.get(s.members().get(0));
        return r != null && r.name().endsWith("市") ? r.code() : null;
    }

    /**
     * A one-character neighbour that makes a word with the name's edge (秦创|原平|台: 原平 is inside
     * 创原 … 平台): a noun, measure word, morpheme or prefix/suffix, not punctuation, a particle, a
     * preposition or a verb (在义乌, 到昆山, 晋江的).
     */
    static boolean glued(Token t) {
        if (t == null || t.word().length() != 1) {
            return false;
        }
        String pos = t.pos();
        return pos.startsWith("q")
                || pos.startsWith("n")
                || pos.startsWith("g")
                || pos.startsWith("j")
                || pos.startsWith("k")
                || pos.startsWith("h")
                || pos.equals("vg");
    }

    /** A named region and everything it lies in (county → prefecture → province). */
    private static void addContext(Gazetteer g, String code, Set<String> named, Set<String> context) {
        named.add(code);
        Region r = g.get(code);
        for (int depth = 0; r != null && depth < 3; depth++) {
            context.add(r.code());
            if (r.provinceCode() != null) {
                context.add(r.provinceCode());
            }
            r = r.parentCode() == null || r.parentCode().equals(r.code()) ? null : g.get(r.parentCode());
        }
    }

    /**
     * A short county name counts only where the segmenter does not read it as an ordinary word:
     * one token tagged as a place (寿光/ns), or pieces of an unknown name (吉木|乃). One token
     * with another tag (合作/vn, 公安/n, 资源/n, 富裕/a) is a word.
     */
    static boolean placeLike(Token first, int start, int end) {
        if (first == null || first.start() != start || first.end() != end) {
            return true;
        }
        return first.pos().startsWith("ns");
    }
}
