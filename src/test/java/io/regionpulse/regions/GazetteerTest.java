package io.regionpulse.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.codes.RegionLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private static final Gazetteer G = MatcherFixture.GAZETTEER;
    private static final Path CONF = Path.of(System.getProperty("rp.project.dir", "."), "conf", "regions");

    private static long count(String level) {
        return G.regions().stream().filter(r -> r.level().equals(level)).count();
    }

    @Test
    void holdsEveryProvincialAndPrefectureLevelDivision() {
        assertThat(count("province")).isEqualTo(34);
        assertThat(count("city")).isEqualTo(333);
        assertThat(count("cluster")).isGreaterThanOrEqualTo(10);
        assertThat(count("zone")).isGreaterThanOrEqualTo(10);
        assertThat(count("macro_region")).isEqualTo(4);
    }

    /** Our divisions.tsv against the NBS 2023 code list in ../shared (read at test time). */
    @Test
    void matchesTheOfficialCodeListForProvincesAndPrefectures() throws IOException {
        Path ref = Path.of(System.getProperty("rp.shared.dir", "../shared"), "reference", "admin-divisions");
        Assumptions.assumeTrue(Files.isRegularFile(ref.resolve("cities.csv")), "reference not available: " + ref);
        Map<String, String> official = new HashMap<>();
        for (String line : Files.readAllLines(ref.resolve("provinces.csv"), StandardCharsets.UTF_8)
                .subList(1, 32)) {
            String[] c = line.replace("\"", "").split(",");
            official.put(c[0] + "0000", c[1]);
        }
        Set<String> notPrefectures = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
        List<String> cities = Files.readAllLines(ref.resolve("cities.csv"), StandardCharsets.UTF_8);
        for (String line : cities.subList(1, cities.size())) {
            String[] c = line.replace("\"", "").split(",");
            if (c.length >= 2 && !notPrefectures.contains(c[1])) {
                official.put(c[0] + "00", c[1]);
            }
        }
        Map<String, String> ours = G.regions().stream()
                .filter(r -> r.level().equals("province") || r.level().equals("city"))
                .filter(r -> !Set.of("710000", "810000", "820000").contains(r.code())) // no NBS codes for these
                .collect(Collectors.toMap(Region::code, Region::name));
        assertThat(ours).isEqualTo(official);
    }

    /**
     * counties.tsv against the NBS 2023 county list in ../shared (read at test time): every county
     * of ours that NBS lists has the same name and lies in the same prefecture or province, and
     * NBS's county-level divisions (its x7x functional zones aside) are almost all ours — the few
     * exceptions are changes between the two snapshots (和康县 and 和安县 are 2024 counties).
     */
    @Test
    void matchesTheOfficialCodeListForCounties() throws IOException {
        Path ref = Path.of(System.getProperty("rp.shared.dir", "../shared"), "reference", "admin-divisions");
        Assumptions.assumeTrue(Files.isRegularFile(ref.resolve("areas.csv")), "reference not available: " + ref);
        Map<String, String> official = new HashMap<>();
        List<String> areas = Files.readAllLines(ref.resolve("areas.csv"), StandardCharsets.UTF_8);
        for (String line : areas.subList(1, areas.size())) {
            String[] c = line.replace("\"", "").split(",");
            if (c.length >= 2 && c[0].charAt(4) != '7') {
                official.put(c[0], c[1]);
            }
        }
        Map<String, Region> ours = G.regions().stream()
                .filter(r -> r.regionLevel() == RegionLevel.COUNTY)
                .collect(Collectors.toMap(Region::code, r -> r));
        assertThat(ours.size()).isBetween(2800, 2900);
        long same = 0;
        for (Region r : ours.values()) {
            String name = official.get(r.code());
            if (name != null) {
                assertThat(r.name()).as(r.code()).isEqualTo(name);
                String expectedParent = G.get(r.code().substring(0, 4) + "00") != null
                        ? r.code().substring(0, 4) + "00"
                        : r.code().substring(0, 2) + "0000";
                assertThat(r.parentCode()).as(r.code()).isEqualTo(expectedParent);
                same++;
            }
        }
        assertThat(same).as("our counties in the NBS list").isGreaterThanOrEqualTo(ours.size() - 5);
        // NBS lists these without being county-level divisions of their own: the islands of 三沙
        // (no designation) and 嘉峪关市's placeholder (a prefecture without counties).
        Set<String> notCounties = Set.of("460321", "460322", "460323", "620201");
        List<String> missing = official.keySet().stream()
                .filter(c -> !ours.containsKey(c) && G.get(c) == null && !notCounties.contains(c))
                .sorted()
                .toList();
        assertThat(missing).as("NBS counties missing from ours").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      320583 | 昆山市           | 昆山     | 320500 | 320000
      330782 | 义乌市           | 义乌     | 330700 | 330000
      370783 | 寿光市           | 寿光     | 370700 | 370000
      440605 | 南海区           | 南海区   | 440600 | 440000
      654326 | 吉木乃县         | 吉木乃   | 654300 | 650000
      420528 | 长阳土家族自治县 | 长阳     | 420500 | 420000
      429004 | 仙桃市           | 仙桃     | 420000 | 420000
      110105 | 朝阳区           | 朝阳区   | 110000 | 110000
      622926 | 东乡族自治县     | 东乡     | 622900 | 620000
      """)
    void countiesHaveShortNamesAndParents(String code, String name, String shortName, String parent, String province) {
        Region r = G.get(code);
        assertThat(r.regionLevel()).isEqualTo(RegionLevel.COUNTY);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.shortName()).isEqualTo(shortName);
        assertThat(r.parentCode()).isEqualTo(parent);
        assertThat(r.provinceCode()).isEqualTo(province);
    }

    @Test
    void sharedCountyNamesAreOneSurfaceWithEveryCandidate() {
        Surface gulou = G.surfaces().stream()
                .filter(s -> s.text().equals("鼓楼区"))
                .findFirst()
                .orElseThrow();
        assertThat(gulou.kind()).isEqualTo(Surface.Kind.COUNTY);
        assertThat(gulou.code()).isNull();
        assertThat(gulou.members()).contains("320106", "350102", "410204", "320302");
        assertThat(G.surfaces().stream().filter(s -> s.text().equals("鼓楼区"))).hasSize(1);
        // a short name that is another region's name is not made (长沙县 → 长沙 is the city)
        assertThat(G.surfaces().stream().filter(s -> s.text().equals("长沙")))
                .allSatisfy(s -> assertThat(s.code()).isEqualTo("430100"));
        // guarded short names are not made at all
        assertThat(G.surfaces().stream().filter(s -> s.text().equals("合作"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      510000 | 四川省           | 四川     | province | 510000
      500000 | 重庆市           | 重庆     | province | 500000
      510100 | 成都市           | 成都     | city     | 510000
      532900 | 大理白族自治州   | 大理     | city     | 530000
      420600 | 襄阳市           | 襄阳     | city     | 420000
      CL-CY  | 成渝地区双城经济圈 | 成渝地区双城经济圈 | cluster | ''
      ZN-HR  | 怀柔             | 怀柔     | zone     | 110000
      MR-W   | 西部             | 西部     | macro_region | ''
      """)
    void resolvesCodesToCanonicalNames(String code, String name, String shortName, String level, String province) {
        Region r = G.get(code);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.shortName()).isEqualTo(shortName);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.provinceCode()).isEqualTo(province.isEmpty() ? null : province);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      川 | 510000
      蜀 | 510000
      黔 | 520000
      贵 | 520000
      滇 | 530000
      云 | 530000
      陇 | 620000
      甘 | 620000
      秦 | 610000
      陕 | 610000
      沪 | 310000
      渝 | 500000
      港 | 810000
      """)
    void knowsOfficialAbbreviationsAndTheirAlternatives(char abbreviation, String code) {
        assertThat(G.abbreviations()).containsEntry(abbreviation, code);
    }

    @Test
    void listsClusterMembers() {
        assertThat(G.get("CL-JJJ").members()).containsExactly("110000", "120000", "130000");
        assertThat(G.get("MR-NE").members()).containsExactly("210000", "220000", "230000");
    }

    @Test
    void bundledCopyEqualsConfFolder() {
        Assumptions.assumeTrue(Files.isDirectory(CONF));
        Gazetteer fromDir = Gazetteer.load(CONF);
        assertThat(fromDir.version()).isEqualTo(G.version());
        assertThat(fromDir.regions()).containsExactlyElementsOf(G.regions());
    }

    @Test
    void versionIsDeclaredVersionPlusContentHash() {
        assertThat(G.version()).matches("2026\\.1\\+[0-9a-f]{10}");
    }

    @Test
    void survivesJavaSerialisationForBroadcast() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(G);
        }
        Gazetteer copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Gazetteer) in.readObject();
        }
        assertThat(copy.version()).isEqualTo(G.version());
        assertThat(copy.trie().longestAt("成渝地区双城经济圈", 0)).isEqualTo(9);
    }

    @Test
    void userExtensionChangesVersionAndIsMatched(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CONF));
        for (String f : Gazetteer.FILES) {
            Files.copy(CONF.resolve(f), dir.resolve(f));
        }
        Files.writeString(
                dir.resolve("groups.tsv"),
                "ZN-TEST\t测试科创走廊\tzone\t科创走廊\t510100\t510000\t\t\n",
                java.nio.file.StandardOpenOption.APPEND);
        Gazetteer extended = Gazetteer.load(dir);
        assertThat(extended.version()).isNotEqualTo(G.version());
        assertThat(extended.get("ZN-TEST").name()).isEqualTo("测试科创走廊");
        RegionMatcher m = new RegionMatcher(extended);
        String text = "测试科创走廊建设启动";
        assertThat(m.find(text, List.of(), io.regionpulse.text.Sentences.split(text)))
                .extracting(RegionMention::regionCode)
                .containsExactly("ZN-TEST");
    }

    @Test
    void rejectsUnknownMemberCodeWithFileAndLine(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CONF));
        for (String f : Gazetteer.FILES) {
            Files.copy(CONF.resolve(f), dir.resolve(f));
        }
        Files.writeString(
                dir.resolve("combinations.tsv"), "甲乙\t999999|110000\n", java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Gazetteer.load(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("combinations.tsv line")
                .hasMessageContaining("999999");
    }

    @Test
    void dictionaryWordsLeaveOutGuardedShortNames() {
        assertThat(G.dictionaryWords()).contains("成都", "成都市", "援疆", "长三角", "川渝").doesNotContain("朝阳", "日照", "东部", "中山");
    }
}
