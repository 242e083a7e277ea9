package io.regionpulse.regions;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region gazetteer, loaded from the plain data files in {@code conf/regions/} (see its
 * README.md): {@code divisions.tsv} (34 provincial-level and 333 prefecture-level divisions,
 * GB/T 2260 codes), {@code groups.tsv} (clusters, zones, macro regions, our own codes),
 * {@code combinations.tsv} (川渝 → 500000 + 510000) and {@code patterns.tsv} (援疆, 赴沪).
 *
 * <p>Serializable so that the driver loads it once and broadcasts it; the matching index is
 * rebuilt lazily on each executor.
 */
public final class Gazetteer implements Serializable {
    private static final long serialVersionUID = 2L;

    /** Files of a gazetteer folder, in the order they are read and hashed into the version. */
    public static final List<String> FILES = List.of(
            "divisions.tsv", "groups.tsv", "combinations.tsv", "patterns.tsv", "counties.tsv", "county-guard.txt");

    /** Where {@code conf/regions} is bundled inside the jar (see pom.xml). */
    public static final String CLASSPATH_DIR = "regionpulse/regions/";

    private final Map<String, Region> byCode;
    private final List<Surface> surfaces;
    private final Map<Character, String> abbreviations;
    private final Map<Character, String> prefixPatterns;
    private final Map<Character, String> suffixPatterns;
    private final String version;
    private transient volatile NameTrie trie;

    private Gazetteer(
            Map<String, Region> byCode,
            List<Surface> surfaces,
            Map<Character, String> abbreviations,
            Map<Character, String> prefixPatterns,
            Map<Character, String> suffixPatterns,
            String version) {
        this.byCode = byCode;
        this.surfaces = surfaces;
        this.abbreviations = abbreviations;
        this.prefixPatterns = prefixPatterns;
        this.suffixPatterns = suffixPatterns;
        this.version = version;
    }

    /** The gazetteer bundled in the jar (a copy of {@code conf/regions} at build time). */
    public static Gazetteer fromClasspath() {
        Map<String, String> files = new LinkedHashMap<>();
        ClassLoader cl = Gazetteer.class.getClassLoader();
        for (String f : FILES) {
            try (InputStream in = cl.getResourceAsStream(CLASSPATH_DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("gazetteer file missing from the classpath: " + CLASSPATH_DIR + f);
                }
                files.put(f, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + CLASSPATH_DIR + f, e);
            }
        }
        return parse(files);
    }

    /** A user's own copy of {@code conf/regions} (all four files must be there). */
    public static Gazetteer load(Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : FILES) {
            try {
                files.put(f, Files.readString(dir.resolve(f), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read gazetteer file " + dir.resolve(f), e);
            }
        }
        return parse(files);
    }

    /** Kept for callers of the foundation API: the bundled gazetteer. */
    public static Gazetteer builtin() {
        return fromClasspath();
    }

    static Gazetteer parse(Map<String, String> files) {
        Map<String, Region> byCode = new LinkedHashMap<>();
        List<Surface> surfaces = new ArrayList<>();
        Map<Character, String> abbreviations = new LinkedHashMap<>();

        for (Row row : rows("divisions.tsv", files.get("divisions.tsv"))) {
            String code = row.get(0);
            String name = row.get(1);
            String shortName = row.get(2);
            String level = row.get(3);
            String parent = row.get(4).isEmpty() ? null : row.get(4);
            if (!level.equals("province") && !level.equals("city")) {
                throw row.error("level must be province or city: " + level);
            }
            if (!code.matches("\\d{6}")) {
                throw row.error("GB/T 2260 code must have 6 digits: " + code);
            }
            String province = level.equals("province") ? code : parent;
            if (province == null || (!level.equals("province") && !byCode.containsKey(province))) {
                throw row.error("parent must be a province listed above: " + parent);
            }
            if (byCode.containsKey(code)) {
                throw row.error("duplicate code " + code);
            }
            byCode.put(code, Region.division(code, name, shortName, RegionLevel.of(level), parent, province));
            Surface.Guard guard = guard(row, row.get(7));
            surfaces.add(name(name, code, MatchType.FULL_NAME, Surface.Guard.NONE));
            if (!shortName.isEmpty() && !shortName.equals(name)) {
                surfaces.add(name(shortName, code, MatchType.SHORT_NAME, guard));
            }
            for (String alias : list(row.get(6))) {
                surfaces.add(name(alias, code, MatchType.ALIAS, Surface.Guard.NONE));
            }
            if (name.endsWith("自治州") && !shortName.isEmpty()) {
                surfaces.add(name(shortName + "州", code, MatchType.ALIAS, Surface.Guard.NONE));
            }
            for (String abbr : list(row.get(5))) {
                if (abbr.length() != 1) {
                    throw row.error("an abbreviation is one character: " + abbr);
                }
                abbreviations.put(abbr.charAt(0), code);
            }
        }
        String declared = "unversioned";
        String text = files.get("divisions.tsv");
        int v = text.indexOf("gazetteer-version:");
        if (v >= 0) {
            int eol = text.indexOf('\n', v);
            declared = text.substring(v + "gazetteer-version:".length(), eol < 0 ? text.length() : eol)
                    .strip();
        }

        List<Row> groupRows = rows("groups.tsv", files.get("groups.tsv"));
        for (Row row : groupRows) {
            String code = row.get(0);
            String level = row.get(2);
            if (!Set.of("cluster", "zone", "macro_region", "district").contains(level)) {
                throw row.error("level must be cluster, zone, macro_region or district: " + level);
            }
            if (byCode.containsKey(code)) {
                throw row.error("duplicate code " + code);
            }
            String province = row.get(5).isEmpty() ? null : row.get(5);
            byCode.put(
                    code,
                    new Region(
                            code, row.get(1), row.get(1), RegionLevel.of(level), province, province, list(row.get(4))));
        }
        for (Row row : groupRows) {
            String code = row.get(0);
            Region r = byCode.get(code);
            for (String m : r.members()) {
                if (!byCode.containsKey(m)) {
                    throw row.error("unknown member code " + m);
                }
            }
            if (r.provinceCode() != null && !byCode.containsKey(r.provinceCode())) {
                throw row.error("unknown province code " + r.provinceCode());
            }
            // One code per mention: a group's name is a mention of the group, never of its members
            // (京津冀 → CL-JJJ only); members are credited in the gold tables. The `expand` column
            // is kept for older copies of the file and no longer read.
            Surface.Guard guard = guard(row, row.get(6));
            surfaces.add(
                    name(r.name(), code, MatchType.FULL_NAME, r.name().length() <= 2 ? guard : Surface.Guard.NONE));
            for (String alias : list(row.get(3))) {
                surfaces.add(name(alias, code, MatchType.ALIAS, alias.length() <= 2 ? guard : Surface.Guard.NONE));
            }
        }

        for (Row row : rows("combinations.tsv", files.get("combinations.tsv"))) {
            List<String> members = list(row.get(1));
            for (String m : members) {
                if (!byCode.containsKey(m)) {
                    throw row.error("unknown member code " + m);
                }
            }
            surfaces.add(new Surface(
                    row.get(0), Surface.Kind.COMBINED, null, members, MatchType.COMBINED, Surface.Guard.NONE));
        }

        Map<Character, String> prefixes = new HashMap<>();
        Map<Character, String> suffixes = new HashMap<>();
        for (Row row : rows("patterns.tsv", files.get("patterns.tsv"))) {
            String kind = row.get(0);
            String t = row.get(1);
            switch (kind) {
                case "word" -> {
                    if (!byCode.containsKey(row.get(2))) {
                        throw row.error("unknown code " + row.get(2));
                    }
                    surfaces.add(new Surface(
                            t,
                            Surface.Kind.PATTERN,
                            row.get(2),
                            List.of(),
                            MatchType.ABBREVIATION,
                            Surface.Guard.NONE));
                }
                case "prefix", "suffix" -> {
                    if (t.length() != 1) {
                        throw row.error("a prefix or suffix is one character: " + t);
                    }
                    for (char c : row.get(3).toCharArray()) {
                        if (!abbreviations.containsKey(c) && c != '疆') {
                            throw row.error("not an abbreviation: " + c);
                        }
                    }
                    (kind.equals("prefix") ? prefixes : suffixes).put(t.charAt(0), row.get(3));
                }
                default -> throw row.error("kind must be word, prefix or suffix: " + kind);
            }
        }
        Counties.add(files.get("counties.tsv"), files.get("county-guard.txt"), byCode, surfaces);
        return new Gazetteer(
                Collections.unmodifiableMap(byCode),
                List.copyOf(surfaces),
                Map.copyOf(abbreviations),
                Map.copyOf(prefixes),
                Map.copyOf(suffixes),
                declared + "+" + hash(files));
    }

    private static Surface name(String text, String code, MatchType matchType, Surface.Guard guard) {
        return new Surface(text, Surface.Kind.NAME, code, List.of(), matchType, guard);
    }

    private static Surface.Guard guard(Row row, String g) {
        return switch (g) {
            case "" -> Surface.Guard.NONE;
            case "word" -> Surface.Guard.WORD;
            case "macro" -> Surface.Guard.MACRO;
            default -> throw row.error("guard must be empty, word or macro: " + g);
        };
    }

    static List<String> list(String cell) {
        if (cell.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return List.copyOf(out);
    }

    private static String hash(Map<String, String> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String f : FILES) {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update(files.get(f).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A data line of a TSV file: # lines are comments, the first other line is the header. */
    record Row(String file, int line, String[] cells) {
        String get(int i) {
            return i < cells.length ? cells[i].strip() : "";
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(file + " line " + line + ": " + message);
        }
    }

    static List<Row> rows(String file, String text) {
        List<Row> out = new ArrayList<>();
        boolean header = true;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].replace("\r", "");
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(new Row(file, i + 1, l.split("\t", -1)));
        }
        return out;
    }

    public Region get(String code) {
        return byCode.get(code);
    }

    public Collection<Region> regions() {
        return byCode.values();
    }

    /** Every string the matcher looks for. */
    public List<Surface> surfaces() {
        return surfaces;
    }

    /** One-character abbreviation → province code (川 → 510000, 蜀 → 510000). */
    public Map<Character, String> abbreviations() {
        return abbreviations;
    }

    /** Verb → abbreviations it may take (赴 → "京津沪渝…"): 赴沪 names 上海. */
    public Map<Character, String> prefixPatterns() {
        return prefixPatterns;
    }

    /** Suffix → abbreviations it may follow (企 → "京津沪…"): 京企 names 北京. */
    public Map<Character, String> suffixPatterns() {
        return suffixPatterns;
    }

    /**
     * Words for the segmenter's instance dictionary: every name, alias, combined form and fixed
     * pattern except guarded ones (朝阳, 东部), whose part of speech must stay HanLP's own. The
     * segmenter may then cut a person's name (王|沪宁); the matcher knows that pattern.
     */
    public Set<String> dictionaryWords() {
        Set<String> out = new LinkedHashSet<>();
        Set<String> guarded = new HashSet<>();
        for (Surface s : surfaces) {
            if (s.guard() != Surface.Guard.NONE) {
                guarded.add(s.text());
            }
        }
        for (Surface s : surfaces) {
            if (s.guard() == Surface.Guard.NONE
                    && !guarded.contains(s.text())
                    && s.text().length() > 1) {
                out.add(s.text());
            }
        }
        return out;
    }

    /** The matching index, built once per JVM copy of the gazetteer. */
    public NameTrie trie() {
        NameTrie t = trie;
        if (t == null) {
            synchronized (this) {
                if (trie == null) {
                    trie = NameTrie.build(surfaces);
                }
                t = trie;
            }
        }
        return t;
    }

    /**
     * Stored with every run so that a table can be traced to the gazetteer that made it: the
     * version declared in divisions.tsv plus a hash of all six files, e.g. {@code 2024.1+3fa8c01d2e}.
     */
    public String version() {
        return version;
    }
}
