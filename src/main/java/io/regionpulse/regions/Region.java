package io.regionpulse.regions;

import java.io.Serializable;
import java.util.List;

/**
 * One gazetteer entry. {@code code} is the GB/T 2260 code for administrative divisions and our
 * own code for clusters, zones and macro regions (see conf/regions/README.md). {@code members}
 * lists member region codes for clusters and macro regions (empty otherwise).
 */
public record Region(
        String code,
        String name,
        String shortName,
        String level,
        String parentCode,
        String provinceCode,
        List<String> members)
        implements Serializable {}
