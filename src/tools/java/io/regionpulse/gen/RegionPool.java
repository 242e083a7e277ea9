package io.regionpulse.gen;

import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Region;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions the generator writes about, with the surfaces it may use for each. Built from the
 * project gazetteer when the full one is available, otherwise from a small internal list, so the
 * generator works while the gazetteer grows. Only names that cannot be mistaken for another
 * region are used (吉林 the city and 吉林 the province are both left out as short names).
 */
public final class RegionPool {
    /** A region and how a page may name it. */
    public record Entry(String code, String name, String shortName, String level, String provinceCode) {}

    /** A fixed pattern naming one province through its one-character abbreviation (援疆 → 新疆). */
    public record Pattern(String surface, String code, String name) {}

    /** A named cluster and the provinces (or cities) it contains. */
    public record Cluster(String code, String name, List<String> memberCodes) {}

    private final List<Entry> provinces;
    private final List<Entry> cities;
    private final List<Cluster> clusters;
    private final List<Pattern> patterns;
    private final Map<String, Entry> byCode = new HashMap<>();
    private final Map<String, List<Entry>> citiesByProvince = new HashMap<>();
    private final String source;

    private RegionPool(
            List<Entry> provinces, List<Entry> cities, List<Cluster> clusters, List<Pattern> patterns, String source) {
        this.provinces = List.copyOf(provinces);
        this.cities = List.copyOf(cities);
        this.clusters = List.copyOf(clusters);
        this.patterns = List.copyOf(patterns);
        this.source = source;
        for (Entry e : provinces) byCode.put(e.code(), e);
        for (Entry e : cities) {
            byCode.put(e.code(), e);
            citiesByProvince
                    .computeIfAbsent(e.provinceCode(), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /** The full gazetteer when it is loadable and complete, else the internal list. */
    public static RegionPool load() {
        Collection<Region> regions = gazetteerRegions();
        if (regions != null
                && regions.stream().filter(r -> "city".equals(r.level())).count() >= 100) {
            return fromRegions(regions, "gazetteer");
        }
        return internal();
    }

    private static Collection<Region> gazetteerRegions() {
        try {
            return Gazetteer.fromClasspath().regions();
        } catch (RuntimeException e) { // no gazetteer on the classpath: fall back to the internal list
            return null;
        }
    }

    static RegionPool fromRegions(Collection<Region> regions, String source) {
        List<Entry> provinces = new ArrayList<>();
        List<Entry> cities = new ArrayList<>();
        Map<String, Integer> nameUse = new HashMap<>();
        Set<String> provinceNames = new HashSet<>();
        for (Region r : regions) {
            nameUse.merge(r.name(), 1, Integer::sum);
            if (r.shortName() != null && !r.shortName().equals(r.name())) nameUse.merge(r.shortName(), 1, Integer::sum);
            if ("province".equals(r.level())) {
                provinceNames.add(r.name());
                if (r.shortName() != null) provinceNames.add(r.shortName());
            }
        }
        Set<String> guarded = guardedCodes();
        Set<String> provinceCodes = new HashSet<>();
        for (Region r : regions) {
            if (!"province".equals(r.level()) && !"city".equals(r.level())) continue;
            String shortName = r.shortName() == null ? r.name() : r.shortName();
            if (shortName.length() < 2) continue;
            boolean city = "city".equals(r.level());
            if (city
                    && (provinceNames.contains(shortName)
                            || nameUse.getOrDefault(shortName, 0) > 1
                            || nameUse.getOrDefault(r.name(), 0) > 1)) continue;
            if (r.code().startsWith("71"))
                continue; // 台湾: no prefecture data in most gazetteers; keep the pool symmetric
            if (guarded.contains(r.code())) shortName = r.name(); // 白银, 安康, 普洱 are ordinary words too: write 白银市
            Entry e = new Entry(
                    r.code(), r.name(), shortName, r.level(), r.provinceCode() == null ? r.code() : r.provinceCode());
            if ("province".equals(r.level())) {
                provinces.add(e);
                provinceCodes.add(e.code());
            } else {
                cities.add(e);
            }
        }
        cities.removeIf(c -> !provinceCodes.contains(c.provinceCode()));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, String> clusterCodes = new HashMap<>();
        for (Region r : regions) {
            if ("cluster".equals(r.level())) clusterCodes.put(r.name(), r.code());
        }
        for (Cluster c : INTERNAL_CLUSTERS) {
            clusters.add(new Cluster(clusterCodes.getOrDefault(c.name(), c.code()), c.name(), c.memberCodes()));
        }
        return new RegionPool(
                provinces, cities, clusters, PATTERNS, source + " " + provinces.size() + "+" + cities.size());
    }

    /**
     * Codes whose short name the gazetteer guards (the short name is also an ordinary word and
     * counts only in context). Read leniently from the divisions file: no file or no guard column
     * means no guarded names.
     */
    static Set<String> guardedCodes() {
        Set<String> out = new HashSet<>();
        try (java.io.InputStream in = RegionPool.class.getResourceAsStream("/regionpulse/regions/divisions.tsv")) {
            if (in == null) return out;
            int guardCol = -1;
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (guardCol < 0) {
                    guardCol = java.util.Arrays.asList(f).indexOf("guard");
                    if (guardCol < 0) return out;
                    continue;
                }
                if (f.length > guardCol && !f[guardCol].isBlank()) out.add(f[0]);
            }
        } catch (java.io.IOException e) {
            return out;
        }
        return out;
    }

    public List<Entry> provinces() {
        return provinces;
    }

    public List<Entry> cities() {
        return cities;
    }

    public List<Cluster> clusters() {
        return clusters;
    }

    public List<Pattern> patterns() {
        return patterns;
    }

    public Entry get(String code) {
        return byCode.get(code);
    }

    public List<Entry> citiesOf(String provinceCode) {
        return citiesByProvince.getOrDefault(provinceCode, List.of());
    }

    /** Where the regions came from, e.g. {@code "gazetteer 34+300"} or {@code "internal 31+60"}. */
    public String source() {
        return source;
    }

    // ---------------------------------------------------------------------------------------------
    // The internal fallback: provinces and a spread of prefecture-level cities with unambiguous names.

    private static final String[][] PROVINCES = {
        {"110000", "北京市", "北京"},
        {"120000", "天津市", "天津"},
        {"130000", "河北省", "河北"},
        {"140000", "山西省", "山西"},
        {"150000", "内蒙古自治区", "内蒙古"},
        {"210000", "辽宁省", "辽宁"},
        {"230000", "黑龙江省", "黑龙江"},
        {"310000", "上海市", "上海"},
        {"320000", "江苏省", "江苏"},
        {"330000", "浙江省", "浙江"},
        {"340000", "安徽省", "安徽"},
        {"350000", "福建省", "福建"},
        {"360000", "江西省", "江西"},
        {"370000", "山东省", "山东"},
        {"410000", "河南省", "河南"},
        {"420000", "湖北省", "湖北"},
        {"430000", "湖南省", "湖南"},
        {"440000", "广东省", "广东"},
        {"450000", "广西壮族自治区", "广西"},
        {"500000", "重庆市", "重庆"},
        {"510000", "四川省", "四川"},
        {"520000", "贵州省", "贵州"},
        {"530000", "云南省", "云南"},
        {"540000", "西藏自治区", "西藏"},
        {"610000", "陕西省", "陕西"},
        {"620000", "甘肃省", "甘肃"},
        {"630000", "青海省", "青海"},
        {"640000", "宁夏回族自治区", "宁夏"},
        {"650000", "新疆维吾尔自治区", "新疆"},
    };

    private static final String[][] CITIES = {
        {"130100", "石家庄市", "石家庄"}, {"130200", "唐山市", "唐山"}, {"130600", "保定市", "保定"}, {"140100", "太原市", "太原"},
        {"150200", "包头市", "包头"}, {"150600", "鄂尔多斯市", "鄂尔多斯"}, {"210100", "沈阳市", "沈阳"}, {"210200", "大连市", "大连"},
        {"230100", "哈尔滨市", "哈尔滨"}, {"320100", "南京市", "南京"}, {"320200", "无锡市", "无锡"}, {"320400", "常州市", "常州"},
        {"320500", "苏州市", "苏州"}, {"320600", "南通市", "南通"}, {"330100", "杭州市", "杭州"}, {"330200", "宁波市", "宁波"},
        {"330300", "温州市", "温州"}, {"330400", "嘉兴市", "嘉兴"}, {"330700", "金华市", "金华"}, {"340100", "合肥市", "合肥"},
        {"340200", "芜湖市", "芜湖"}, {"350100", "福州市", "福州"}, {"350200", "厦门市", "厦门"}, {"350500", "泉州市", "泉州"},
        {"360100", "南昌市", "南昌"}, {"360700", "赣州市", "赣州"}, {"370100", "济南市", "济南"}, {"370200", "青岛市", "青岛"},
        {"370600", "烟台市", "烟台"}, {"410100", "郑州市", "郑州"}, {"410300", "洛阳市", "洛阳"}, {"420100", "武汉市", "武汉"},
        {"420500", "宜昌市", "宜昌"}, {"420600", "襄阳市", "襄阳"}, {"430100", "长沙市", "长沙"}, {"430200", "株洲市", "株洲"},
        {"440100", "广州市", "广州"}, {"440300", "深圳市", "深圳"}, {"440600", "佛山市", "佛山"}, {"441900", "东莞市", "东莞"},
        {"450100", "南宁市", "南宁"}, {"450200", "柳州市", "柳州"}, {"510100", "成都市", "成都"}, {"510700", "绵阳市", "绵阳"},
        {"511500", "宜宾市", "宜宾"}, {"520100", "贵阳市", "贵阳"}, {"520300", "遵义市", "遵义"}, {"530100", "昆明市", "昆明"},
        {"540100", "拉萨市", "拉萨"}, {"610100", "西安市", "西安"}, {"610300", "宝鸡市", "宝鸡"}, {"620100", "兰州市", "兰州"},
        {"630100", "西宁市", "西宁"}, {"640100", "银川市", "银川"}, {"650100", "乌鲁木齐市", "乌鲁木齐"},
    };

    static final List<Cluster> INTERNAL_CLUSTERS = List.of(
            new Cluster("CL-JJJ", "京津冀", List.of("110000", "120000", "130000")),
            new Cluster("CL-YRD", "长三角", List.of("310000", "320000", "330000", "340000")),
            new Cluster("CL-GBA", "粤港澳大湾区", List.of("440000")),
            new Cluster("CL-CY", "成渝地区双城经济圈", List.of("500000", "510000")),
            new Cluster("CL-MYR", "长江中游城市群", List.of("420000", "430000", "360000")),
            new Cluster("CL-GZ", "关中平原城市群", List.of("610000")),
            new Cluster("CL-CP", "中原城市群", List.of("410000")),
            new Cluster("CL-BBW", "北部湾城市群", List.of("450000")));

    static final List<Pattern> PATTERNS = List.of(
            new Pattern("援疆", "650000", "新疆"),
            new Pattern("援藏", "540000", "西藏"),
            new Pattern("援青", "630000", "青海"),
            new Pattern("支宁", "640000", "宁夏"),
            new Pattern("兴蒙", "150000", "内蒙古"),
            new Pattern("入滇", "530000", "云南"),
            new Pattern("赴沪", "310000", "上海"),
            new Pattern("来京", "110000", "北京"));

    static RegionPool internal() {
        List<Entry> provinces = new ArrayList<>();
        for (String[] p : PROVINCES) provinces.add(new Entry(p[0], p[1], p[2], "province", p[0]));
        List<Entry> cities = new ArrayList<>();
        for (String[] c : CITIES) cities.add(new Entry(c[0], c[1], c[2], "city", c[0].substring(0, 2) + "0000"));
        return new RegionPool(
                provinces, cities, INTERNAL_CLUSTERS, PATTERNS, "internal " + provinces.size() + "+" + cities.size());
    }
}
