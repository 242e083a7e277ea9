package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.jobs.ReportData.DocRow;
import io.regionpulse.jobs.ReportData.Edge;
import io.regionpulse.jobs.ReportData.Headline;
import io.regionpulse.jobs.ReportData.MetricRow;
import io.regionpulse.jobs.ReportData.MetricSeries;
import io.regionpulse.jobs.ReportData.RegionCount;
import io.regionpulse.jobs.ReportData.Series;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportHtmlTest {
    private static final String FAKE_ECHARTS = "var echarts={init:function(){}};";

    static ReportData data(String title, String source, String url, String sentence) {
        var rc = new RegionCount("500000", "重庆市", "province", 120, 40);
        var sc = new RegionCount("510000", "四川省", "province", 90, 30);
        return new ReportData(
                "/tmp/w",
                Instant.parse("2024-03-01T02:00:00Z"),
                new Headline(
                        100,
                        3,
                        97,
                        80,
                        700,
                        55,
                        300,
                        LocalDate.parse("2023-01-01"),
                        LocalDate.parse("2023-06-30"),
                        Instant.parse("2024-03-01T01:59:00Z")),
                List.of(rc, sc),
                List.of("2023-05", "2023-06"),
                List.of(new Series("500000", "重庆市", List.of(3L, 9L), List.of(5L, 20L))),
                List.of(rc, sc),
                List.of(rc, sc),
                List.of(new Edge("500000", "510000", 12, 0.41)),
                List.of(new MetricRow(
                        "500000",
                        "重庆市",
                        "gdp",
                        "GDP, regional GDP and economic growth",
                        "地区生产总值",
                        "3万亿元",
                        3e12,
                        "CNY",
                        null,
                        false,
                        LocalDate.parse("2023-06-30"),
                        title,
                        url,
                        sentence,
                        "3万亿元",
                        "。")),
                new MetricSeries(
                        "500000",
                        "重庆市",
                        "gdp",
                        "GDP, regional GDP and economic growth",
                        "CNY",
                        "level",
                        List.of("2023-05", "2023-06"),
                        Arrays.asList(1.2e12, null),
                        List.of(2L, 0L)),
                List.of(new DocRow(LocalDate.parse("2023-06-30"), title, source, url, List.of("重庆市", "四川省"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>川渝合作",
                "\"><img src=x onerror=alert(1)>",
                "</script><script>alert(2)</script>",
                "成渝<b>双城</b>经济圈 & 'quotes'"
            })
    void showsCrawledStringsAsText(String hostile) {
        String page = ReportHtml.render(
                data(hostile, hostile, "https://example.com.cn/a?x=1&y=\"2\"", hostile), FAKE_ECHARTS);

        assertThat(page).doesNotContain(hostile);
        assertThat(page).contains(ReportHtml.html(hostile));
        assertThat(page).contains("https://example.com.cn/a?x=1&amp;y=&quot;2&quot;");
        assertThat(page.split("<script", -1)).hasSize(4); // data, ECharts, drawing code — nothing injected
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<script>            | &lt;script&gt;",
                "a & b               | a &amp; b",
                "say \"hi\"          | say &quot;hi&quot;",
                "it's                | it&#39;s",
                "重庆市               | 重庆市"
            })
    void escapesHtmlSpecialCharacters(String in, String out) {
        assertThat(ReportHtml.html(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"</script><script>alert(1)</script>", "<!--", "a\u2028b", "x & y > z"})
    void embedsJsonThatCannotLeaveItsScriptElement(String s) throws Exception {
        String json = ReportHtml.json(Map.of("name", s));

        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .doesNotContain("\u2028");
        assertThat(new ObjectMapper().readTree(json).get("name").asText()).isEqualTo(s);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "https://www.cqrb.cn/a.html | https://www.cqrb.cn/a.html",
                "HTTP://example.cn/x | HTTP://example.cn/x",
                "javascript:alert(1) | NULL",
                "' data:text/html;base64,PHNjcmlwdD4=' | NULL",
                "/relative/path.html | NULL",
                "NULL | NULL"
            })
    void linksOnlyToWebAddresses(String url, String expected) {
        assertThat(ReportHtml.safeUrl(url)).isEqualTo(expected);
    }

    @Test
    void inlinesTheChartingLibraryAndLoadsNothingFromOutside() {
        String page = ReportHtml.render(data("标题", "新华社", "https://example.cn/1", "重庆市"), ReportHtml.echarts());

        assertThat(page).contains("echarts").doesNotContain("<script src").doesNotContain("<link ");
        assertThat(page).contains("default-src 'none'");
        assertThat(page.length()).isGreaterThan(900_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"top-regions", "province-map", "timelines", "network", "metric-series"})
    void drawsEveryChartThatHasData(String chart) {
        String page = ReportHtml.render(data("标题", "新华社", "https://example.cn/1", "重庆市"), FAKE_ECHARTS);

        assertThat(page).contains("data-chart=\"" + chart + "\"");
    }

    @Test
    void saysWhatToDoWhenTheWarehouseIsEmpty() {
        var empty = new ReportData(
                "/tmp/w",
                Instant.parse("2024-03-01T02:00:00Z"),
                new Headline(0, 0, 0, 0, 0, 0, 0, null, null, null),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of());

        String page = ReportHtml.render(empty, FAKE_ECHARTS);

        assertThat(page)
                .doesNotContain("data-chart=")
                .contains("run jobs/pipeline.sh first")
                .contains("no dated documents");
    }

    @Test
    void everyProvincialDivisionHasItsOutlineInTheBundledMap() {
        String map = ReportHtml.echarts();

        assertThat(ReportHtml.MAP_NAMES).hasSize(34).containsKeys("110000", "500000", "650000", "710000", "810000");
        for (var e : ReportHtml.MAP_NAMES.entrySet()) {
            assertThat(map).contains("\"id\":\"" + e.getKey() + "\"").contains("\"name\":\"" + e.getValue() + "\"");
        }
        assertThat(map).contains("registerMap('china'");
    }

    @Test
    void metricAxisSaysWhatItCountsInOneMagnitude() {
        Map<String, Object> m =
                ReportHtml.metricData(data("t", "s", "https://e.cn", "x").metricSeries());

        assertThat(m.get("axis")).isEqualTo("GDP, regional GDP and economic growth · 万亿元");
        assertThat(m.get("values")).isEqualTo(Arrays.asList(1.2, null));
        assertThat(m.get("labels")).isEqualTo(List.of("1.2万亿元", ""));
    }

    @Test
    void metricTableWritesUnitsAsReadersExpect() {
        String page = ReportHtml.render(data("标题", "新华社", "https://example.cn/1", "重庆市"), FAKE_ECHARTS);

        assertThat(page).contains("3万亿元").doesNotContain("CNY</td>");
    }
}
