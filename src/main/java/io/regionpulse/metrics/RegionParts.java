package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/**
 * Regions and their parts (issue 15): GB/T 2260 containment, a region directly followed by one of its parts means
 * the part down to the county (山东济南, 四川省甘孜州雅江县), a later part narrows the sentence's region, siblings
 * written together (宁波舟山港) and a macro region after a province (吉林在西部地区). Pure; rows in
 * {@code RegionPartsTest}.
 */
final class RegionParts {
    private RegionParts() {}

    /** Same region, or one contains the other (by province code), at whatever level. */
    static boolean related(RegionMention a, RegionMention b) {
        return a.regionCode().equals(b.regionCode())
                || a.regionCode().equals(b.provinceCode())
                || b.regionCode().equals(a.provinceCode())
                || (a.provinceCode() != null && a.provinceCode().equals(b.provinceCode()));
    }

    /** 吉林在西部地区改良盐碱地: a macro region after a province of its clause is a part of that province. */
    static boolean partOfEarlierProvince(List<RegionMention> regions, RegionMention m, int clauseStart) {
        if (m.regionCode() == null || !m.regionCode().startsWith("MR-")) {
            return false;
        }
        for (RegionMention r : regions) {
            if (r.start() >= clauseStart
                    && r.end() <= m.start()
                    && !r.inOrganization()
                    && r.regionCode() != null
                    && r.regionCode().endsWith("0000")
                    && !r.isCombined()) {
                return true;
            }
        }
        return false;
    }

    /** 宁波舟山港: of two regions of the same level written together, the first names the subject. */
    static RegionMention firstOfSiblings(List<RegionMention> regions, RegionMention m) {
        RegionMention cur = m;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (RegionMention p : regions) {
                if (p.end() == cur.start()
                        && p.regionLevel() != null
                        && p.regionLevel().equals(cur.regionLevel())
                        && !p.isCombined()
                        && !contains(p.regionCode(), cur.regionCode())) {
                    cur = p;
                    moved = true;
                    break;
                }
            }
        }
        return cur;
    }

    /**
     * 山东济南, 黑龙江绥化市庆安县, 四川省甘孜州雅江县: a region directly followed by one of its parts
     * means the part, down to the county.
     */
    static RegionMention specific(List<RegionMention> regions, int k) {
        RegionMention m = regions.get(k);
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int j = k + 1; j < regions.size() && regions.get(j).start() <= m.end(); j++) {
                RegionMention n = regions.get(j);
                if (n.start() == m.end()
                        && !n.inOrganization()
                        && !n.regionCode().equals(m.regionCode())
                        && (m.regionCode().equals(n.provinceCode()) || contains(m.regionCode(), n.regionCode()))) {
                    m = n;
                    k = j;
                    moved = true;
                    break;
                }
            }
        }
        return m;
    }

    /** 山西麦收进度已近八成，在临汾，300万亩小麦…: a later part of the sentence's region narrows it. */
    static RegionMention narrowest(
            String text, List<RegionMention> regions, int fromIdx, RegionMention subject, int before) {
        RegionMention cur = subject;
        for (int k = fromIdx + 1; k < regions.size() && regions.get(k).end() <= before; k++) {
            RegionMention m = regions.get(k);
            if (!m.inOrganization() && !Routes.routeStart(text, m) && contains(cur.regionCode(), m.regionCode())) {
                cur = m;
            }
        }
        return cur;
    }

    /**
     * GB/T 2260 containment: 230000 ⊃ 231200 ⊃ 231224 (the outer code without its trailing 00 pairs
     * is a prefix of the inner one). Codes of clusters and zones (CL-, ZN-) contain nothing.
     */
    static boolean contains(String outer, String inner) {
        if (outer == null || inner == null || outer.equals(inner) || !isDivision(outer) || !isDivision(inner)) {
            return false;
        }
        String prefix = outer;
        while (prefix.endsWith("00")) {
            prefix = prefix.substring(0, prefix.length() - 2);
        }
        return inner.startsWith(prefix);
    }

    private static boolean isDivision(String code) {
        if (code.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
