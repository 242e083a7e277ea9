package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the county level of the gazetteer: {@code counties.tsv} (generated, GB/T 2260 codes) and
 * {@code county-guard.txt} (hand-written). Pure; called by {@link Gazetteer#parse}.
 *
 * <ul>
 *   <li>A full name that one county alone carries (昆山市, 吉木乃县, 南海区) always matches.
 *   <li>A full name several counties share (鼓楼区, 朝阳区, 市中区), a two-character full name (和县,
 *       城区) and a full name listed in the guard file become a {@link Surface.Kind#COUNTY}
 *       surface: it needs context, which also picks the county.
 *   <li>A short name (寿光, 义乌, 昆山) also needs context; none is made when the short name is
 *       already another region's name (长沙县 → 长沙 is the city), another county's full name, or
 *       listed in the guard file (common words and person names).
 *   <li>A district (…区) has no short name in the file (南海, 鼓楼, 新华 are words first): its name
 *       without 区 becomes a {@link Surface.Guard#PARENT} surface, counted only right after its own
 *       city (佛山南海, 杭州临安), under the same exclusions and none when a county's short name has
 *       that text.
 * </ul>
 *
 * A county whose code is already in the gazetteer (浦东新区, 滨海新区 in groups.tsv) keeps that
 * entry.
 */
final class Counties {
    private Counties() {}

    static void add(String countiesTsv, String guardTxt, Map<String, Region> byCode, List<Surface> surfaces) {
        Set<String> guard = new HashSet<>(Lexicon.parse(guardTxt == null ? "" : guardTxt));
        Set<String> taken = new HashSet<>();
        for (Surface s : surfaces) {
            taken.add(s.text());
        }
        Map<String, List<String>> full = new LinkedHashMap<>();
        Map<String, List<String>> shortNames = new LinkedHashMap<>();
        Map<String, List<String>> districtShortNames = new LinkedHashMap<>();
        for (Gazetteer.Row row : Gazetteer.rows("counties.tsv", countiesTsv == null ? "" : countiesTsv)) {
            String code = row.get(0);
            String name = row.get(1);
            String shortName = row.get(2);
            String parentCode = row.get(3);
            if (!code.matches("\\d{6}") || code.endsWith("00")) {
                throw row.error("a county's GB/T 2260 code has 6 digits and does not end in 00: " + code);
            }
            Region parent = byCode.get(parentCode);
            if (parent == null
                    || (parent.regionLevel() != RegionLevel.CITY && parent.regionLevel() != RegionLevel.PROVINCE)) {
                throw row.error("parent must be a prefecture or province of divisions.tsv: " + parentCode);
            }
            if (byCode.containsKey(code)) {
                continue;
            }
            byCode.put(
                    code,
                    Region.division(code, name, shortName, RegionLevel.COUNTY, parentCode, parent.provinceCode()));
            full.computeIfAbsent(name, k -> new ArrayList<>()).add(code);
            String districtShort = shortName.isEmpty() ? districtShort(name) : "";
            if (!shortName.isEmpty()) {
                shortNames.computeIfAbsent(shortName, k -> new ArrayList<>()).add(code);
            } else if (!districtShort.isEmpty()) {
                districtShortNames
                        .computeIfAbsent(districtShort, k -> new ArrayList<>())
                        .add(code);
            }
        }
        for (Map.Entry<String, List<String>> e : full.entrySet()) {
            String text = e.getKey();
            List<String> codes = e.getValue();
            if (taken.contains(text)) {
                continue;
            }
            if (codes.size() == 1 && text.length() >= 3 && !guard.contains(text)) {
                surfaces.add(new Surface(
                        text, Surface.Kind.NAME, codes.get(0), List.of(), MatchType.FULL_NAME, Surface.Guard.NONE));
            } else {
                surfaces.add(county(text, codes, MatchType.FULL_NAME));
            }
        }
        for (Map.Entry<String, List<String>> e : shortNames.entrySet()) {
            String text = e.getKey();
            if (taken.contains(text) || full.containsKey(text) || guard.contains(text)) {
                continue;
            }
            surfaces.add(county(text, e.getValue(), MatchType.SHORT_NAME));
        }
        for (Map.Entry<String, List<String>> e : districtShortNames.entrySet()) {
            String text = e.getKey();
            if (taken.contains(text)
                    || full.containsKey(text)
                    || shortNames.containsKey(text)
                    || guard.contains(text)
                    || guard.contains(text + "区")) {
                continue;
            }
            surfaces.add(new Surface(
                    text,
                    Surface.Kind.COUNTY,
                    null,
                    List.copyOf(e.getValue()),
                    MatchType.SHORT_NAME,
                    Surface.Guard.PARENT));
        }
    }

    /** 临安区 → 临安, 沈北新区 → 沈北; "" when no short form of two or more characters is left (城区). */
    static String districtShort(String name) {
        if (!name.endsWith("区")) {
            return "";
        }
        String s = name.endsWith("新区") && name.length() >= 4
                ? name.substring(0, name.length() - 2)
                : name.substring(0, name.length() - 1);
        return s.length() >= 2 ? s : "";
    }

    private static Surface county(String text, List<String> codes, MatchType type) {
        return new Surface(text, Surface.Kind.COUNTY, null, List.copyOf(codes), type, Surface.Guard.CONTEXT);
    }
}
