package io.regionpulse.codes;

/**
 * {@code region_mentions.region_level}, {@code region_timeline.region_level}, {@code
 * regions.region_level}: the level of a region. Administrative levels nest province ⊃ city ⊃
 * county; zones, clusters and macro regions are our own groups.
 */
public enum RegionLevel implements Code {
    @Meaning("Provincial-level division: province, autonomous region, municipality (北京 is a province), SAR")
    PROVINCE,
    @Meaning("Prefecture-level division: prefecture-level city, 地区, 自治州, 盟")
    CITY,
    @Meaning("County-level division: 市辖区, 县, 县级市, 旗, 自治县 (conf/regions/counties.tsv)")
    COUNTY,
    @Meaning("A county-level new area listed with the groups (浦东新区, 滨海新区)")
    DISTRICT,
    @Meaning("A zone inside one or two regions: 国家级新区, 科学城, 合作区, 自由贸易港 (our ZN- codes)")
    ZONE,
    @Meaning("A group of regions named as one: 城市群, 经济圈, 经济带, 流域 (our CL- codes)")
    CLUSTER,
    @Meaning("东部, 中部, 西部, 东北 (our MR- codes)")
    MACRO_REGION;

    /** Administrative divisions with a GB/T 2260 code (province, city, county, district). */
    public boolean isDivision() {
        return this == PROVINCE || this == CITY || this == COUNTY || this == DISTRICT;
    }

    /** The level of a stored string ({@code "county"}); an unknown string is an error naming it. */
    public static RegionLevel of(String code) {
        return Code.parse(RegionLevel.class, code);
    }

    @Override
    public String toString() {
        return code();
    }
}
