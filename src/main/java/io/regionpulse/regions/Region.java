package io.regionpulse.regions;

import io.regionpulse.codes.RegionLevel;
import java.io.Serializable;
import java.util.List;

/**
 * One gazetteer entry. {@code code} is the GB/T 2260 code for administrative divisions and our
 * own code for clusters, zones and macro regions (see conf/regions/README.md). {@code members}
 * lists member region codes for clusters and macro regions, and the regions a zone lies in (empty
 * otherwise). {@code parentCode} is the province of a prefecture, the prefecture of a county (the
 * province for counties directly under it: 仙桃市, 济源市, and the districts of 北京, 上海 …).
 */
public record Region(
        String code,
        String name,
        String shortName,
        RegionLevel regionLevel,
        String parentCode,
        String provinceCode,
        List<String> members)
        implements Serializable {

    /** A division without members, as listed in a gazetteer file; an empty short name is the name. */
    static Region division(
            String code, String name, String shortName, RegionLevel level, String parentCode, String provinceCode) {
        return new Region(
                code, name, shortName.isEmpty() ? name : shortName, level, parentCode, provinceCode, List.of());
    }

    /** The level's table code ({@code province}, {@code city}, {@code county}, …). */
    public String level() {
        return regionLevel.code();
    }

    /** The prefecture a county lies in, null when it is directly under its province or not a county. */
    public String prefectureCode() {
        return regionLevel == RegionLevel.COUNTY && parentCode != null && !parentCode.equals(provinceCode)
                ? parentCode
                : null;
    }
}
