package io.regionpulse.testing;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import io.regionpulse.regions.RegionMention;
import java.util.ArrayList;
import java.util.List;

/** Region mentions written the way the table stores them (level and match type as their codes). */
public final class Mentions {
    private Mentions() {}

    /** A mention from the table codes ({@code "province"}, {@code "short_name"}). */
    public static RegionMention mention(
            int sentenceIndex,
            int start,
            int end,
            String surface,
            String regionCode,
            String regionName,
            String regionLevel,
            String provinceCode,
            String matchType,
            boolean inOrganization) {
        return new RegionMention(
                sentenceIndex,
                start,
                end,
                surface,
                regionCode,
                regionName,
                RegionLevel.of(regionLevel),
                provinceCode,
                MatchType.of(matchType),
                inOrganization);
    }

    /**
     * The mentions of a test row, written {@code surface=code,surface=code} in the order they occur ({@code *} before
     * the surface: inside an organisation's name; {@code +}: a member of a combination written as one word, 青藏 =
     * 青海 + 西藏). Codes ending in 0000 are provinces, 00 cities, other six digits counties, {@code CL-} clusters,
     * {@code MR-} macro regions; the province is the first two digits. A surface is looked for after the previous
     * one, else from the start (the same span twice: a combined name, 中西部 = 中部 + 西部). Null or blank: none.
     */
    public static List<RegionMention> written(String text, String places) {
        List<RegionMention> out = new ArrayList<>();
        if (places == null || places.isBlank()) {
            return out;
        }
        int from = 0;
        for (String r : places.split(",")) {
            String[] kv = r.strip().split("=");
            boolean org = kv[0].startsWith("*");
            boolean combined = kv[0].startsWith("+");
            String s = org || combined ? kv[0].substring(1) : kv[0];
            String code = kv[1];
            int i = text.indexOf(s, from);
            if (i < 0) {
                i = text.indexOf(s);
            }
            if (i < 0) {
                throw new IllegalArgumentException(s + " is not in " + text);
            }
            from = i + 1;
            String level = code.startsWith("CL-")
                    ? "cluster"
                    : code.startsWith("MR-")
                            ? "macro_region"
                            : code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "county";
            String province = Character.isDigit(code.charAt(0)) ? code.substring(0, 2) + "0000" : null;
            out.add(mention(
                    0, i, i + s.length(), s, code, s, level, province, combined ? "combined" : "short_name", org));
        }
        return out;
    }
}
