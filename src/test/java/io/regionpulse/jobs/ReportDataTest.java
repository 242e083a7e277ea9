package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.jobs.ReportData.Edge;
import io.regionpulse.jobs.ReportData.RegionCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportDataTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "推进成渝合作。重庆市地区生产总值达     | 重庆市地区生产总值达",
                "全年新签约项目                          | 全年新签约项目",
                "上半年！\\n四川省外贸进出口              | 四川省外贸进出口",
                "''                                      | ''"
            })
    void keepsOnlyTheSentenceBeforeANumber(String before, String expected) {
        assertThat(ReportData.sentenceTail(before.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "，同比增长6.1%。下半年将继续      | ，同比增长6.1%。",
                "，居全国前列\\n下一段             | ，居全国前列",
                "元                                | 元"
            })
    void keepsTheRestOfTheSentenceAfterANumber(String after, String expected) {
        assertThat(ReportData.sentenceHead(after.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "6.74E9, CNY, 67.4亿 CNY",
                "30000, count, 3万",
                "3.5, percent, 3.5%",
                "0.8, percentage_point, 0.8 pp",
                "126, NULL, 126",
                "12000.5, tonne, 1.2万 tonne"
            })
    void showsValuesInChineseMagnitudes(double value, String unit, String expected) {
        assertThat(ReportData.humanValue(value, unit)).isEqualTo(expected);
    }

    @Test
    void dropsSingleDocumentPairsWhenEnoughRepeatedPairsExist() {
        List<Edge> many = IntStream.range(0, 12)
                .mapToObj(i -> new Edge("a" + i, "b" + i, 2 + i, 0.3))
                .toList();
        List<Edge> withSingles = new java.util.ArrayList<>(many);
        withSingles.add(new Edge("x", "y", 1, 0.9));

        assertThat(ReportData.strongest(withSingles)).isEqualTo(many);
        assertThat(ReportData.strongest(List.of(new Edge("x", "y", 1, 0.9)))).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                  | 500000,510000,440300",
                "重庆                | 500000",
                "四川省,440300       | 510000,440300",
                "上海                | ''"
            })
    void picksTimelineRegionsByCodeOrName(String wanted, String expected) {
        Map<String, RegionCount> regions = new LinkedHashMap<>();
        regions.put("500000", new RegionCount("500000", "重庆市", "province", 90, 50));
        regions.put("510000", new RegionCount("510000", "四川省", "province", 80, 40));
        regions.put("east", new RegionCount("east", "东部", "macro_region", 70, 30));
        regions.put("440300", new RegionCount("440300", "深圳市", "city", 60, 20));
        List<String> want = wanted.isEmpty() ? List.of() : List.of(wanted.split(","));

        assertThat(ReportData.pick(regions, want))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }

    @Test
    void networkNodesAreTheEndpointsOfTheEdgesBiggestFirst() {
        Map<String, RegionCount> regions = Map.of(
                "500000", new RegionCount("500000", "重庆市", "province", 90, 50),
                "510000", new RegionCount("510000", "四川省", "province", 80, 40));
        var nodes = ReportData.nodes(
                List.of(new Edge("500000", "510000", 9, 0.5), new Edge("510000", "999999", 2, 0.1)), regions);

        assertThat(nodes).extracting(RegionCount::code).containsExactly("500000", "510000", "999999");
    }
}
