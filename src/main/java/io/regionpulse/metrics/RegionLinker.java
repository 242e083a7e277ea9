package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decides the scope and region of each metric of a sentence. */
final class RegionLinker {
    private RegionLinker() {}

    static List<RegionMention> distinctRegions(List<RegionMention> regions, int from, int to) {
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
    static final String[] NATIONAL = {"全国", "我国", "国内", "全球", "世界", "国家级", "中央财政"};

    static void linkRegion(
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
                                || (m.start() == nearest.start()
                                        && "combined".equals(nearest.matchType())
                                        && !"combined".equals(m.matchType())))) {
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
    static RegionMention firstOfSiblings(List<RegionMention> regions, RegionMention m) {
        RegionMention cur = m;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RegionMention p : regions) {
                if (p.end() == cur.start()
                        && p.regionLevel() != null
                        && p.regionLevel().equals(cur.regionLevel())
                        && !"combined".equals(p.matchType())) {
                    cur = p;
                    moved = true;
                    break;
                }
            }
        }
        return cur;
    }

    /** 山东济南, 河北衡水湖: a province directly followed by one of its cities means the city. */
    static RegionMention specific(List<RegionMention> regions, int k) {
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

    static void set(Cand c, String code, String link) {
        c.regionCode = code;
        c.regionLink = link;
    }

    static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The first region of the nearest earlier sentence of the same paragraph (at most three back). */
    static String carriedSubject(String text, List<Sentence> sentences, List<List<RegionMention>> bySentence, int si) {
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
    static String mainRegion(List<RegionMention> mentions) {
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
}
