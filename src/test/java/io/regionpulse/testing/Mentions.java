package io.regionpulse.testing;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import io.regionpulse.regions.RegionMention;

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
}
