package io.regionpulse.regions;

/**
 * One mention of a region in a document text. Offsets are [start, end) into
 * {@code documents.text}. {@code regionLevel} is one of {@code province, city, district, zone,
 * cluster, macro_region}; {@code matchType} one of {@code full_name, short_name, abbreviation,
 * combined, alias}. A combined form such as 川渝 yields one mention per member region, all with
 * the same span and {@code matchType = combined}.
 */
public record RegionMention(
        int sentenceIndex,
        int start,
        int end,
        String surface,
        String regionCode,
        String regionName,
        String regionLevel,
        String provinceCode,
        String matchType,
        boolean inOrganization) {}
