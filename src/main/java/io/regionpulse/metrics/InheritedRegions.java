package io.regionpulse.metrics;

import static io.regionpulse.metrics.Clauses.*;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a figure without a subject in its own clause inherits (issue 15): the sentence's region only when no other
 * subject intervenes, the first region of an earlier sentence of the paragraph, the story's one dominant region or
 * its only place. Pure; the story rules' rows in {@code StoryAnaphoraTest} and {@code RegionLinkerTest}.
 */
final class InheritedRegions {
    private InheritedRegions() {}

    /**
     * No other subject stands between the sentence's region and the number: every later mention
     * before it names the same region, one of its parts, or the region that contains it.
     */
    static boolean onlyRegion(
            String text, List<RegionMention> regions, int fromIdx, RegionMention subject, int before, int from) {
        int subjectClause = clauseStart(text, subject.start(), from);
        for (int k = fromIdx + 1; k < regions.size(); k++) {
            RegionMention m = regions.get(k);
            if (m.end() > before) {
                break;
            }
            if (m.inOrganization() || RegionParts.related(subject, m)) {
                continue;
            }
            int cs = clauseStart(text, m.start(), from);
            if (cs != subjectClause) {
                return false; // a later clause with a region of its own: 构建京津冀 is an object, 上海…，北京… are two subjects
            }
        }
        return true;
    }

    /**
     * A region of the figure's own sentence that contains the carried one (在山东潍坊，… 。…169万台农机投入山东的春耕生产):
     * the sentence itself gives the figure's level, the earlier part only where it happens. Null if none.
     */
    static RegionMention widerInSentence(List<RegionMention> regions, RegionMention carried, Sentence s) {
        for (RegionMention m : regions) {
            if (!m.inOrganization()
                    && m.start() >= s.start()
                    && m.end() <= s.end()
                    && RegionParts.contains(m.regionCode(), carried.regionCode())) {
                return m;
            }
        }
        return null;
    }

    /**
     * The first region of the nearest earlier sentence of the same paragraph (at most three back), down to the part
     * written right after it. An earlier sentence whose first region opens a list of places of different regions
     * (湖南、山东、江西等地陆续执行…。目前，已有25个省份…) carries no one region: null, as for no region at all.
     */
    static RegionMention carriedSubject(
            String text, List<Sentence> sentences, List<List<RegionMention>> bySentence, int si) {
        for (int k = si - 1; k >= 0 && k >= si - 3; k--) {
            if (text.substring(sentences.get(k).end(), sentences.get(k + 1).start())
                                    .indexOf('\n')
                            >= 0
                    || text.charAt(sentences.get(k).end() - 1) == '\n') {
                return null;
            }
            List<RegionMention> earlier = bySentence.get(k);
            for (int j = 0; j < earlier.size(); j++) {
                if (!earlier.get(j).inOrganization()) {
                    if (listOfSeveral(text, earlier, earlier.get(j), sentences.get(k))) {
                        return null; // 湖南、山东、江西等地…: several places, no one subject to carry
                    }
                    return RegionParts.specific(earlier, j); // 在福建福州，…: the city, not the province
                }
            }
        }
        return null;
    }

    /**
     * {@code first} opens a list of places (湖南、山东、江西等地) that no region of the sentence encloses (江苏南京、苏州
     * is 江苏's).
     */
    static boolean listOfSeveral(String text, List<RegionMention> regions, RegionMention first, Sentence s) {
        return PlaceLists.inList(text, regions, first) && PlaceLists.enclosing(regions, s.start(), s.end()) == null;
    }

    /** The story's one dominant region: three or more mentions and at least two thirds of all mentions. */
    static RegionMention mainRegion(List<RegionMention> mentions) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, RegionMention> first = new LinkedHashMap<>();
        for (RegionMention m : mentions) {
            counts.merge(m.regionCode(), 1, Integer::sum);
            first.putIfAbsent(m.regionCode(), m);
        }
        String best = null;
        int bestN = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return bestN >= 3 && bestN * 3 >= mentions.size() * 2 ? first.get(best) : null;
    }

    /**
     * The story's only place: two or more mentions, all of one province or its parts (太原武宿国际机场 … 太原); its
     * most named region. Null otherwise. Weaker than {@link #mainRegion}: used only where no national or foreign
     * word comes before the figure in the story.
     */
    static RegionMention onlyPlace(List<RegionMention> mentions) {
        if (mentions.size() < 2 || !oneFamily(mentions)) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        RegionMention best = null;
        int bestN = 0;
        for (RegionMention m : mentions) {
            int n = counts.merge(m.regionCode(), 1, Integer::sum);
            if (n > bestN) {
                best = m;
                bestN = n;
            }
        }
        return best;
    }

    /** Every mention names one province or its parts. */
    static boolean oneFamily(List<RegionMention> mentions) {
        String province = null;
        for (RegionMention m : mentions) {
            String p = m.provinceCode();
            if (p == null || (province != null && !province.equals(p))) {
                return false;
            }
            province = p;
        }
        return province != null;
    }
}
