package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;

/**
 * One mention of a region in a document text. Offsets are [start, end) into
 * {@code documents.text}. A mention resolves to one code: a cluster, zone or macro region name
 * (京津冀, 长三角, 东部) is one mention of the group, never of its members. Only a form made of
 * one-character abbreviations (川渝, 港澳, 粤港澳) names each member: it yields one mention per
 * member, all on the same span, with {@code matchType = COMBINED}.
 */
public record RegionMention(
        int sentenceIndex,
        int start,
        int end,
        String surface,
        String regionCode,
        String regionName,
        RegionLevel regionLevel,
        String provinceCode,
        MatchType matchType,
        boolean inOrganization) {

    public boolean isCombined() {
        return matchType == MatchType.COMBINED;
    }
}
