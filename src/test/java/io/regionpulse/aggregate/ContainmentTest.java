package io.regionpulse.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.Gazetteer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContainmentTest {
    static final Gazetteer GAZ = Gazetteer.fromClasspath();
    static final Set<String> NESTED =
            Containment.nestedPairs(GAZ).stream().map(p -> p[0] + "-" + p[1]).collect(Collectors.toSet());

    @ParameterizedTest(name = "{0}-{1} nested={2}")
    @CsvSource({
        "440000, 440300, true", // 广东 – 深圳
        "320500, CL-YRD, true", // 苏州 inside 江苏 inside 长三角
        "440300, ZN-QH,  true", // 深圳 – 前海
        "440000, ZN-QH,  true", // 广东 – 前海
        "500000, CL-CY,  true", // 重庆 – 成渝地区双城经济圈
        "110000, MR-E,   true", // 北京 – 东部
        "500000, 510100, false", // 重庆 – 成都: neighbours, not nested
        "500000, 510000, false", // 重庆 – 四川
        "CL-JJJ, CL-YRD, false",
    })
    void pairsAreNestedOnlyWhenOneContainsTheOther(String a, String b, boolean nested) {
        assertThat(NESTED.contains(a + "-" + b)).isEqualTo(nested);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "null",
            value = {"440300, 440000", "440000, 440000", "CL-PRD, 440000", "ZN-LJ, 500000", "CL-JJJ, null", "MR-W, null"
            })
    void rollupGoesToTheProvinceThatContainsTheRegion(String code, String province) {
        assertThat(Containment.rollupProvince(GAZ.get(code))).isEqualTo(province);
    }

    @org.junit.jupiter.api.Test
    void everyPairIsOrderedAndListedOnce() {
        List<String[]> pairs = Containment.nestedPairs(GAZ);
        assertThat(pairs).allMatch(p -> p[0].compareTo(p[1]) < 0);
        assertThat(NESTED).hasSize(pairs.size());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "320583 | 320500 320000", // 昆山市 → 苏州市, 江苏省
                "110105 | 110000", // 朝阳区 (北京) → 北京市 only: districts of municipalities lie in the province
                "429004 | 420000", // 仙桃市, directly under 湖北
                "440300 | 440000",
                "440000 | 440000",
                "CL-JJJ | ''",
            })
    void countiesRollUpToPrefectureAndProvince(String code, String rollups) {
        assertThat(String.join(" ", Containment.rollupCodes(GAZ.get(code)))).isEqualTo(rollups);
    }

    @org.junit.jupiter.api.Test
    void groupsCreditTheirListedMembersZonesDoNot() {
        Set<String> pairs = Containment.groupMembers(GAZ.regions()).stream()
                .map(p -> p[0] + ">" + p[1])
                .collect(Collectors.toSet());
        assertThat(pairs).contains("CL-JJJ>120000", "CL-YRD>320000", "MR-NE>210000", "CL-PRD>440300");
        assertThat(pairs).noneMatch(p -> p.startsWith("ZN-"));
        assertThat(pairs).doesNotContain("CL-JJJ>310000");
    }
}
