package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import java.io.Serializable;
import java.util.List;

/**
 * One string the matcher looks for, with what it means. Built by {@link Gazetteer} from the data
 * files in {@code conf/regions/}:
 *
 * <ul>
 *   <li>{@code NAME}: a full name, short name or alias of one region ({@code "成都市"} → 510100,
 *       full_name; {@code "京津冀"} → CL-JJJ only: a group's name is one mention of the group).
 *   <li>{@code COUNTY}: a county-level name that needs context: a short name ({@code "寿光"}), a
 *       name several counties share ({@code "鼓楼区"}: {@code members} lists every candidate code,
 *       {@code code} is null), a full name that is also a word ({@code "城区"}) or a district's short
 *       name ({@code "临安"}, guard {@link Guard#PARENT}).
 *   <li>{@code COMBINED}: a form made of abbreviations; one mention per member ({@code "川渝"} →
 *       500000 and 510000, combined).
 *   <li>{@code PATTERN}: a fixed expression whose last character is an abbreviation; the mention
 *       covers that character only ({@code "援疆"} → 650000 on {@code "疆"}, abbreviation).
 * </ul>
 */
public record Surface(String text, Kind kind, String code, List<String> members, MatchType matchType, Guard guard)
        implements Serializable {

    public enum Kind {
        NAME,
        COMBINED,
        PATTERN,
        COUNTY
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
        MACRO,
        /**
         * A county name with context: its prefecture named in the document, its province in the
         * document, or the county itself written out in full before (寿光市 … 寿光). Candidates
         * that stay ambiguous are dropped, never guessed.
         */
        CONTEXT,
        /**
         * A district's short name (临安, 即墨, 南海: words or other places first): counts only written
         * right after its own city (杭州临安, 佛山南海; 北京海淀 for a municipality's district), never
         * from wider context.
         */
        PARENT
    }
}
