package io.regionpulse.codes;

/** {@code region_mentions.match_type}: how a region mention was written. */
public enum MatchType implements Code {
    @Meaning("The full official name (成都市, 昆山市, 广西壮族自治区)")
    FULL_NAME,
    @Meaning("The name without designation (成都, 广西; a county's 寿光 only with context)")
    SHORT_NAME,
    @Meaning("A one-character abbreviation in a fixed pattern (援疆, 赴沪, 京企)")
    ABBREVIATION,
    @Meaning("A member of a form made of one-character abbreviations (川渝, 粤港澳): one row per member on the same span")
    COMBINED,
    @Meaning("Another name: historical, nickname or news form (襄樊, 蓉城, 大湾区, 香港特区)")
    ALIAS;

    /** The match type of a stored string ({@code "short_name"}); an unknown string is an error. */
    public static MatchType of(String code) {
        return Code.parse(MatchType.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
