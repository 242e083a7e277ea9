package io.regionpulse.regions;

import java.util.Locale;

/**
 * The level of a region, as written into {@code region_mentions.region_level}, {@code
 * region_timeline.region_level} and {@code regions.level}: {@link #code()} is the stable string.
 * Administrative levels nest province ⊃ city (prefecture level) ⊃ county (county level: 区, 县,
 * 县级市, 旗, 自治县); {@code district} is kept for the two county-level new areas listed as
 * groups (浦东新区, 滨海新区). Zones, clusters and macro regions are groups with our own codes.
 */
public enum RegionLevel {
    PROVINCE,
    CITY,
    COUNTY,
    DISTRICT,
    ZONE,
    CLUSTER,
    MACRO_REGION;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** {@code province}, {@code city}, {@code county}, … as stored in tables. */
    public String code() {
        return code;
    }

    /** Administrative divisions with a GB/T 2260 code (province, city, county, district). */
    public boolean isDivision() {
        return this == PROVINCE || this == CITY || this == COUNTY || this == DISTRICT;
    }

    /** Groups of regions named as one (cluster, macro region); zones lie inside one region. */
    public boolean isGroup() {
        return this == CLUSTER || this == MACRO_REGION || this == ZONE;
    }

    /** The level of {@code code}; an unknown string is an error naming it. */
    public static RegionLevel of(String code) {
        for (RegionLevel l : values()) {
            if (l.code.equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown region level: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
