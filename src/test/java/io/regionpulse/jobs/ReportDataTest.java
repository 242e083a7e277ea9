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

    @Test
    void networkDrawsProvincesAndGroupsOnly() {
        Map<String, RegionCount> regions = new LinkedHashMap<>();
        regions.put("120000", new RegionCount("120000", "天津市", "province", 90, 50));
        regions.put("110000", new RegionCount("110000", "北京市", "province", 90, 50));
        regions.put("jjj", new RegionCount("jjj", "京津冀", "cluster", 30, 20));
        regions.put("440300", new RegionCount("440300", "深圳市", "city", 30, 20));
        List<Edge> edges = List.of(
                new Edge("110000", "120000", 30, 0.4),
                new Edge("110000", "jjj", 12, 0.3),
                new Edge("110000", "440300", 9, 0.1),
                new Edge("110000", "999999", 5, 0.1));

        assertThat(ReportData.network(edges, regions)).extracting(Edge::b).containsExactly("120000", "jjj");
    }

    @Test
    void networkKeepsAtMostTheStrongestPairs() {
        Map<String, RegionCount> regions = new LinkedHashMap<>();
        List<Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < ReportData.MAX_EDGES + 10; i++) {
            regions.put("p" + i, new RegionCount("p" + i, "省" + i, "province", 10, 10));
            edges.add(new Edge("p0", "p" + (i + 1), 100 - i, 0.1));
        }
        regions.put("p" + (ReportData.MAX_EDGES + 10), new RegionCount("x", "x", "province", 1, 1));

        assertThat(ReportData.network(edges, regions))
                .hasSize(ReportData.MAX_EDGES)
                .startsWith(edges.get(0));
    }

    @Test
    void networkKeepsRoomForGroups() {
        Map<String, RegionCount> regions = new LinkedHashMap<>();
        regions.put("g", new RegionCount("g", "长三角", "cluster", 10, 10));
        List<Edge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < ReportData.MAX_EDGES + 10; i++) {
            regions.put("p" + i, new RegionCount("p" + i, "省" + i, "province", 10, 10));
            edges.add(new Edge("p0", "p" + (i + 1), 100 - i, 0.1));
        }
        regions.put("p" + (ReportData.MAX_EDGES + 10), new RegionCount("x", "x", "province", 1, 1));
        Edge group = new Edge("g", "p3", 2, 0.5);
        edges.add(group);

        List<Edge> drawn = ReportData.network(edges, regions);

        assertThat(drawn).hasSize(ReportData.MAX_EDGES).endsWith(group);
        assertThat(drawn.subList(0, ReportData.MAX_EDGES - 1))
                .isSortedAccordingTo((a, b) -> Long.compare(b.coDocuments(), a.coDocuments()));
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
