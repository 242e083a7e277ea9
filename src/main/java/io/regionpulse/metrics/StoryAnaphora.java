package io.regionpulse.metrics;

import io.regionpulse.codes.RegionLevel;
import io.regionpulse.regions.RegionMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 全省/本省/该省, 全市/本市/该市, 全县/本县/该县 written after a place of that level was named refer back to it
 * (记者从河南省纪委了解到，全省党政机关…，全省节约…): for the story's region they count as mentions of the last
 * province, city or county named before them (issue 15, tenth round). Used only to find the story's dominant region
 * ({@link InheritedRegions#mainRegion}, {@link InheritedRegions#onlyPlace}); the clause and sentence rules still see the
 * written place names only. Pure; rows in {@code StoryAnaphoraTest}.
 */
final class StoryAnaphora {
    private StoryAnaphora() {}

    /** Words that refer back to a place, by the level they refer to. */
    static final Map<String, RegionLevel> WORDS = Map.of(
            "全省", RegionLevel.PROVINCE,
            "本省", RegionLevel.PROVINCE,
            "该省", RegionLevel.PROVINCE,
            "全市", RegionLevel.CITY,
            "本市", RegionLevel.CITY,
            "该市", RegionLevel.CITY,
            "全县", RegionLevel.COUNTY,
            "本县", RegionLevel.COUNTY,
            "该县", RegionLevel.COUNTY);

    /**
     * The mentions (sorted by start) with one more mention for each back-reference word that follows a named place
     * of its level; the added mention spans the word and carries that place's region. Only a word of its own
     * ({@link #wordAt}), not inside a place's own name.
     */
    static List<RegionMention> withBackReferences(String text, List<RegionMention> sorted) {
        List<RegionMention> out = new ArrayList<>(sorted);
        for (Map.Entry<String, RegionLevel> w : WORDS.entrySet()) {
            for (int at = text.indexOf(w.getKey()); at >= 0; at = text.indexOf(w.getKey(), at + 1)) {
                int end = at + w.getKey().length();
                if (!wordAt(text, at, end) || insideMention(sorted, at)) {
                    continue;
                }
                RegionMention last = lastOfLevel(sorted, at, w.getValue());
                if (last != null) {
                    out.add(new RegionMention(
                            last.sentenceIndex(),
                            at,
                            end,
                            w.getKey(),
                            last.regionCode(),
                            last.regionName(),
                            last.regionLevel(),
                            last.provinceCode(),
                            last.matchType(),
                            false));
                }
            }
        }
        out.sort(Comparator.comparingInt(RegionMention::start));
        return out;
    }

    /** Characters that may stand right before a back-reference word: 在全省, 对本市, 据该县. */
    private static final String BEFORE = "在据对从向为使让将与和及是把被由";

    /**
     * The word at [at, end) is a word of its own: not the tail of another word (资本市场, 完全市场化, 应该省下: the
     * character before it is no Han character or a function word from {@link #BEFORE}), not 市场 (全市场), and not
     * 全省份/全省区市 (every province).
     */
    static boolean wordAt(String text, int at, int end) {
        if (at > 0) {
            char prev = text.charAt(at - 1);
            if (Character.UnicodeScript.of(prev) == Character.UnicodeScript.HAN && BEFORE.indexOf(prev) < 0) {
                return false;
            }
        }
        return !text.startsWith("场", end) && !text.startsWith("份", end) && !text.startsWith("区市", end);
    }

    /** The last mention of {@code level} ending at or before {@code at}, or null. */
    private static RegionMention lastOfLevel(List<RegionMention> sorted, int at, RegionLevel level) {
        RegionMention last = null;
        for (RegionMention m : sorted) {
            if (m.end() > at) {
                break;
            }
            if (m.regionLevel() == level) {
                last = m;
            }
        }
        return last;
    }

    private static boolean insideMention(List<RegionMention> sorted, int at) {
        return sorted.stream().anyMatch(m -> m.start() <= at && at < m.end());
    }
}
