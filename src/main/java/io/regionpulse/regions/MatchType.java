package io.regionpulse.regions;

import java.util.Locale;

/**
 * How a mention was written, as stored in {@code region_mentions.match_type} ({@link #code()}):
 * the full official name (成都市, 昆山市), the short name (成都, 昆山 — a county's only with context),
 * a one-character abbreviation in a fixed pattern (援疆, 赴沪), a member of a form made of
 * abbreviations (川渝, 粤港澳: one row per member), or another name (蓉城, 大湾区).
 */
public enum MatchType {
    FULL_NAME,
    SHORT_NAME,
    ABBREVIATION,
    COMBINED,
    ALIAS;

    private final String code = name().toLowerCase(Locale.ROOT);

    public String code() {
        return code;
    }

    public static MatchType of(String code) {
        for (MatchType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown match type: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
