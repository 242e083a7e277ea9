package io.regionpulse.regions;

import io.regionpulse.codes.RegionLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rows of the {@code regions} table, from a gazetteer: every region with its names, level,
 * parents and the clusters and macro regions it is a member of. Pure, sorted by code, so reruns
 * give the same table.
 */
public final class RegionCatalog {
    private RegionCatalog() {}

    /** One row of the regions table. */
    public record Entry(
            String code,
            String name,
            String shortName,
            RegionLevel level,
            String parentCode,
            String parentName,
            String prefectureCode,
            String provinceCode,
            String provinceName,
            List<String> memberCodes,
            List<String> groupCodes) {}

    /** {@code 320583} → 昆山市, 昆山, county, parent 320500 苏州市, province 320000 江苏省, groups [CL-YRD, CL-YREB, MR-E]. */
    public static List<Entry> of(Gazetteer g) {
        Map<String, TreeSet<String>> groups = new HashMap<>();
        for (Region r : g.regions()) {
            if (r.regionLevel() == RegionLevel.CLUSTER || r.regionLevel() == RegionLevel.MACRO_REGION) {
                for (String m : r.members()) {
                    groups.computeIfAbsent(m, k -> new TreeSet<>()).add(r.code());
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Region r : g.regions()) {
            String parent = r.parentCode() == null || r.parentCode().equals(r.code()) ? null : r.parentCode();
            out.add(new Entry(
                    r.code(),
                    r.name(),
                    r.shortName(),
                    r.regionLevel(),
                    parent,
                    nameOf(g, parent),
                    r.prefectureCode(),
                    r.provinceCode(),
                    nameOf(g, r.provinceCode()),
                    r.members(),
                    List.copyOf(groups.getOrDefault(r.code(), new TreeSet<>()))));
        }
        out.sort(Comparator.comparing(Entry::code));
        return out;
    }

    private static String nameOf(Gazetteer g, String code) {
        Region r = code == null ? null : g.get(code);
        return r == null ? null : r.name();
    }
}
