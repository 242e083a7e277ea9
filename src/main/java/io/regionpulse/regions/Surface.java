package io.regionpulse.regions;

import java.io.Serializable;
import java.util.List;

/**
 * One string the matcher looks for, with what it means. Built by {@link Gazetteer} from the data
 * files in {@code conf/regions/}:
 *
 * <ul>
 *   <li>{@code NAME}: a full name, short name or alias of one region ({@code "成都市"} → 510100,
 *       full_name). {@code members} is non-empty only for clusters whose name is itself made of
 *       member abbreviations ({@code "京津冀"} → the cluster plus 110000, 120000, 130000 combined).
 *   <li>{@code COMBINED}: a form made of abbreviations; one mention per member ({@code "川渝"} →
 *       500000 and 510000, combined).
 *   <li>{@code PATTERN}: a fixed expression whose last character is an abbreviation; the mention
 *       covers that character only ({@code "援疆"} → 650000 on {@code "疆"}, abbreviation).
 * </ul>
 */
public record Surface(String text, Kind kind, String code, List<String> members, String matchType, Guard guard)
        implements Serializable {

    public enum Kind {
        NAME,
        COMBINED,
        PATTERN
    }

    /** What context a surface needs before it counts. */
    public enum Guard {
        /** Counts wherever it stands as a word of its own. */
        NONE,
        /**
         * Also an ordinary word or person name (朝阳, 日照, 来宾, 中山): counts only next to its
         * province (辽宁朝阳), in a list with other regions, or before a place word (日照地区).
         */
        WORD,
        /** A direction word (东部, 西部): counts only before a region word (西部地区, 东北振兴). */
        MACRO
    }
}
