package io.regionpulse.codes;

/** {@code metrics.scope}: what a number is about. */
public enum Scope implements Code {
    @Meaning("One region: region_code and region_name are set")
    REGION,
    @Meaning("The whole country (全国, 我国, 国家, a national ministry's figure); never given a region")
    NATIONAL,
    @Meaning("Abroad or the world (美国, 欧盟, 全球)")
    FOREIGN,
    @Meaning("Not decided")
    NONE
}
