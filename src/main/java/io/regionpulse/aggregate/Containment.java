package io.regionpulse.aggregate;

import io.regionpulse.codes.RegionLevel;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which regions lie inside which, from the gazetteer: a city inside its province (深圳 → 广东), a
 * district inside its city, a cluster over its members and everything inside them (长三角 → 江苏 →
 * 苏州), a zone inside the region it is listed under (前海 → 深圳 → 广东). Pure, no Spark.
 *
 * <p>Used for the province rollup of {@code region_timeline} ({@link #rollupProvince}) and for
 * {@code region_comention.nested}: a pair such as 广东–深圳 co-occurs because one contains the
 * other, which is true but rarely news.
 */
public final class Containment {
    private Containment() {}

    /**
     * The province whose rollup row counts a mention of {@code r}: its {@code provinceCode} (the
     * province itself for a province), null for regions across provinces (京津冀, 东部). A cluster
     * inside one province (珠三角 → 广东) rolls up to it.
     */
    public static String rollupProvince(Region r) {
        return r == null ? null : r.provinceCode();
    }

    /**
     * Every rollup row a mention of {@code r} counts in: its prefecture's (for a county) and its
     * province's ({@link #rollupProvince}); empty for regions across provinces. 昆山市 → [苏州市,
     * 江苏省]; 苏州市 → [江苏省]; 江苏省 → [江苏省].
     */
    public static List<String> rollupCodes(Region r) {
        List<String> out = new ArrayList<>(2);
        if (r == null) {
            return out;
        }
        if (r.prefectureCode() != null) {
            out.add(r.prefectureCode());
        }
        String p = rollupProvince(r);
        if (p != null && !out.contains(p)) {
            out.add(p);
        }
        return out;
    }

    /**
     * (group, member) for every cluster and macro region: a mention of the group credits each
     * listed member in {@code region_timeline} (mentions_via_groups, documents_incl_groups).
     * Zones are not groups of members: their codes name the regions they lie in.
     */
    public static List<String[]> groupMembers(Collection<Region> regions) {
        List<String[]> out = new ArrayList<>();
        for (Region r : regions) {
            if (r.regionLevel() == RegionLevel.CLUSTER || r.regionLevel() == RegionLevel.MACRO_REGION) {
                for (String m : r.members()) {
                    out.add(new String[] {r.code(), m});
                }
            }
        }
        return out;
    }

    /** Every unordered pair (a &lt; b) where one region contains the other, sorted. */
    public static List<String[]> nestedPairs(Gazetteer g) {
        return nestedPairs(g.regions());
    }

    static List<String[]> nestedPairs(Collection<Region> regions) {
        Map<String, Set<String>> inside = new HashMap<>();
        for (Region r : regions) {
            // Administrative parents: the city of a district, the province of a city.
            if (r.parentCode() != null && !r.parentCode().equals(r.code())) {
                inside.computeIfAbsent(r.parentCode(), k -> new HashSet<>()).add(r.code());
            }
            if (r.provinceCode() != null && !r.provinceCode().equals(r.code())) {
                inside.computeIfAbsent(r.provinceCode(), k -> new HashSet<>()).add(r.code());
            }
        }
        Set<String> pairs = new TreeSet<>();
        for (Region r : regions) {
            Set<String> related = new HashSet<>(descendants(r.code(), inside));
            boolean grouping = r.regionLevel() == RegionLevel.CLUSTER || r.regionLevel() == RegionLevel.MACRO_REGION;
            for (String m : r.members()) {
                // A cluster's members are inside it; a zone's "members" are the regions it lies in.
                related.add(m);
                if (grouping) {
                    related.addAll(descendants(m, inside));
                }
            }
            for (String o : related) {
                if (!o.equals(r.code())) {
                    pairs.add(r.code().compareTo(o) < 0 ? r.code() + "\t" + o : o + "\t" + r.code());
                }
            }
        }
        List<String[]> out = new ArrayList<>(pairs.size());
        for (String p : pairs) {
            out.add(p.split("\t"));
        }
        return out;
    }

    private static Set<String> descendants(String code, Map<String, Set<String>> inside) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(inside.getOrDefault(code, Set.of()));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (out.add(c)) {
                todo.addAll(inside.getOrDefault(c, Set.of()));
            }
        }
        return out;
    }
}
