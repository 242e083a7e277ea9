package io.regionpulse.jobs;

import io.regionpulse.metrics.IndicatorTaxonomy;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.MetricTimeline;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.Pages;
import io.regionpulse.tables.RegionComention;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.RegionTimeline;
import io.regionpulse.tables.Rejects;
import io.regionpulse.tables.Runs;
import io.regionpulse.tables.TableDef;
import io.regionpulse.warehouse.Warehouse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What the HTML dashboard shows, read from the warehouse tables as small, bounded results
 * (top-N lists, at most a few hundred rows each), so {@link ReportHtml} renders without Spark.
 */
public record ReportData(
        String warehouse,
        Instant generatedAt,
        Headline headline,
        List<RegionCount> topRegions,
        List<String> months,
        List<Series> timelines,
        List<RegionCount> provinces,
        List<RegionCount> nodes,
        List<Edge> edges,
        List<MetricRow> latestMetrics,
        MetricSeries metricSeries,
        List<DocRow> latestDocuments) {

    /** Warehouse-wide counts; dates and lastRun may be null on an empty warehouse. */
    public record Headline(
            long pages,
            long rejects,
            long documents,
            long stories,
            long mentions,
            long regions,
            long metrics,
            LocalDate firstDate,
            LocalDate lastDate,
            Instant lastRun) {}

    public record RegionCount(String code, String name, String level, long mentions, long documents) {}

    /** Monthly documents and mentions of one region, aligned with {@link ReportData#months()}. */
    public record Series(String code, String name, List<Long> documents, List<Long> mentions) {}

    /** A co-mention pair over all months: documents naming both, document-weighted mean NPMI. */
    public record Edge(String a, String b, long coDocuments, double npmi) {}

    /**
     * One metric with its sentence: {@code before + match + after} is the text around documents.text[start, end).
     * Only metrics with a standard {@code indicatorCode} whose region link is reliable are shown.
     */
    public record MetricRow(
            String regionCode,
            String regionName,
            String indicatorCode,
            String indicatorName,
            String indicator,
            String surface,
            Double value,
            String unit,
            String measureWord,
            boolean target,
            LocalDate date,
            String title,
            String url,
            String before,
            String match,
            String after) {}

    /**
     * One standard indicator of one region month by month, from {@code metric_timeline} (reliable links
     * only, keyed by indicator_code); {@code values} are the monthly means, null for a month without one.
     */
    public record MetricSeries(
            String regionCode,
            String regionName,
            String indicatorCode,
            String indicatorName,
            String unit,
            String change,
            List<String> months,
            List<Double> values,
            List<Long> observations) {}

    public record DocRow(LocalDate date, String title, String source, String url, List<String> regions) {}

    public static final int TOP_REGIONS = 15;
    public static final int TIMELINE_REGIONS = 6;
    public static final int MAX_MONTHS = 36;
    public static final int MAX_EDGES = 45;
    /** Of the network's pairs, at most this many with a group (cluster, macro region) at one end. */
    public static final int GROUP_EDGES = 12;
    /** Region levels drawn in the network by default: provinces and the groups (clusters, macro regions). */
    public static final List<String> NETWORK_LEVELS = List.of("province", "cluster", "macro_region");

    public static final int METRIC_REGIONS = 6;
    public static final int METRICS_PER_REGION = 2;
    public static final int LATEST_DOCUMENTS = 10;
    private static final int CONTEXT_CHARS = 40;
    /** Metrics the report shows: about one region, linked reliably, with a standard indicator. */
    static final String SHOWN_METRICS =
            "m.scope = 'region' AND m.link_reliable AND m.indicator_code IS NOT NULL AND m.region_code IS NOT NULL";

    /** Reads the dashboard's numbers; {@code wanted} picks the timeline regions by code or name (empty: the top ones). */
    public static ReportData load(Warehouse w, List<String> wanted) {
        w.registerExisting();
        SparkSession spark = w.spark();
        Map<String, RegionCount> regions = new LinkedHashMap<>();
        if (w.exists(RegionMentions.DEF)) {
            for (Row r : spark.sql(
                            "SELECT region_code, first(region_name), first(region_level), count(*), count(DISTINCT doc_id) "
                                    + "FROM region_mentions GROUP BY region_code ORDER BY 5 DESC, 4 DESC, region_code")
                    .collectAsList()) {
                regions.put(
                        r.getString(0),
                        new RegionCount(r.getString(0), r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
            }
        }
        List<RegionCount> top = regions.values().stream().limit(TOP_REGIONS).toList();
        List<String> months = new ArrayList<>();
        List<Series> timelines = timelines(w, regions, wanted, months);
        List<Edge> edges = edges(w, regions);
        return new ReportData(
                w.root(),
                Instant.now(),
                headline(w, regions.size()),
                top,
                months,
                timelines,
                provinces(w, regions),
                nodes(edges, regions),
                edges,
                latestMetrics(w),
                metricSeries(w),
                latestDocuments(w));
    }

    private static long count(Warehouse w, TableDef t, String where) {
        if (!w.exists(t)) {
            return 0;
        }
        return w.spark()
                .sql("SELECT count(*) FROM " + t.name() + (where == null ? "" : " WHERE " + where))
                .first()
                .getLong(0);
    }

    private static Headline headline(Warehouse w, long regionCount) {
        LocalDate first = null;
        LocalDate last = null;
        long stories = 0;
        if (w.exists(Documents.DEF)) {
            Row r = w.spark()
                    .sql(
                            "SELECT min(published_date), max(published_date), count(DISTINCT coalesce(story_id, doc_id)) FROM documents")
                    .first();
            first = r.isNullAt(0) ? null : r.getLocalDate(0);
            last = r.isNullAt(1) ? null : r.getLocalDate(1);
            stories = r.getLong(2);
        }
        Instant lastRun = null;
        if (w.exists(Runs.DEF)) {
            Row r = w.spark().sql("SELECT max(finished_at) FROM runs").first();
            lastRun = r.isNullAt(0) ? null : r.getInstant(0);
        }
        return new Headline(
                count(w, Pages.DEF, null),
                count(w, Rejects.DEF, null),
                count(w, Documents.DEF, null),
                stories,
                count(w, RegionMentions.DEF, null),
                regionCount,
                count(w, Metrics.DEF, null),
                first,
                last,
                lastRun);
    }

    /** Picks regions by code, canonical name or short name (重庆 finds 重庆市). */
    static List<String> pick(Map<String, RegionCount> regions, List<String> wanted) {
        List<String> codes = new ArrayList<>();
        if (wanted.isEmpty()) {
            regions.values().stream()
                    .filter(r -> !"macro_region".equals(r.level()) && !"district".equals(r.level()))
                    .limit(TIMELINE_REGIONS)
                    .forEach(r -> codes.add(r.code()));
            return codes;
        }
        for (String want : wanted) {
            String q = want.strip();
            regions.values().stream()
                    .filter(r -> r.code().equals(q)
                            || q.equals(r.name())
                            || (r.name() != null && r.name().startsWith(q)))
                    .findFirst()
                    .ifPresent(r -> codes.add(r.code()));
        }
        return codes;
    }

    private static List<Series> timelines(
            Warehouse w, Map<String, RegionCount> regions, List<String> wanted, List<String> monthsOut) {
        if (!w.exists(RegionTimeline.DEF)) {
            return List.of();
        }
        List<String> months = w
                .spark()
                .sql("SELECT DISTINCT period_start FROM region_timeline WHERE granularity = 'month' ORDER BY 1")
                .collectAsList()
                .stream()
                .map(r -> r.getLocalDate(0).toString().substring(0, 7))
                .toList();
        months = months.subList(Math.max(0, months.size() - MAX_MONTHS), months.size());
        monthsOut.addAll(months);
        List<String> codes = pick(regions, wanted);
        if (codes.isEmpty() || months.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, long[]>> byRegion = new HashMap<>();
        String in = codes.stream().map(Warehouse::sqlString).collect(Collectors.joining(","));
        for (Row r : w.spark()
                .sql("SELECT region_code, period_start, documents, mentions FROM region_timeline "
                        + "WHERE granularity = 'month' AND NOT is_rollup AND region_code IN (" + in + ")")
                .collectAsList()) {
            byRegion.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .put(r.getLocalDate(1).toString().substring(0, 7), new long[] {r.getLong(2), r.getLong(3)});
        }
        List<Series> out = new ArrayList<>();
        for (String code : codes) {
            Map<String, long[]> m = byRegion.getOrDefault(code, Map.of());
            List<Long> docs = months.stream()
                    .map(mo -> m.getOrDefault(mo, new long[2])[0])
                    .toList();
            List<Long> mentions = months.stream()
                    .map(mo -> m.getOrDefault(mo, new long[2])[1])
                    .toList();
            RegionCount rc = regions.get(code);
            out.add(new Series(code, rc == null ? code : rc.name(), docs, mentions));
        }
        return out;
    }

    private static List<RegionCount> provinces(Warehouse w, Map<String, RegionCount> regions) {
        if (!w.exists(RegionMentions.DEF)) {
            return List.of();
        }
        return w
                .spark()
                .sql("SELECT province_code, count(*), count(DISTINCT doc_id) FROM region_mentions "
                        + "WHERE province_code IS NOT NULL GROUP BY province_code ORDER BY province_code")
                .collectAsList()
                .stream()
                .map(r -> {
                    RegionCount rc = regions.get(r.getString(0));
                    return new RegionCount(
                            r.getString(0),
                            rc == null ? r.getString(0) : rc.name(),
                            "province",
                            r.getLong(1),
                            r.getLong(2));
                })
                .toList();
    }

    private static List<Edge> edges(Warehouse w, Map<String, RegionCount> regions) {
        if (!w.exists(RegionComention.DEF)) {
            return List.of();
        }
        List<Edge> all = w
                .spark()
                .sql("SELECT region_a, region_b, sum(co_documents) AS co, "
                        + "sum(co_documents * coalesce(npmi, 0)) / sum(co_documents) AS npmi FROM region_comention "
                        + "WHERE granularity = 'month' AND NOT coalesce(nested, false) "
                        + "GROUP BY region_a, region_b HAVING co > 0 "
                        + "ORDER BY co DESC, npmi DESC, region_a, region_b")
                .collectAsList()
                .stream()
                .map(r -> new Edge(r.getString(0), r.getString(1), r.getLong(2), r.isNullAt(3) ? 0 : r.getDouble(3)))
                .toList();
        return strongest(network(all, regions));
    }

    /**
     * The pairs the network draws: both ends a province or a group ({@link #NETWORK_LEVELS}), at most
     * {@link #MAX_EDGES}, strongest first, of which up to {@link #GROUP_EDGES} have a group at one end
     * (province pairs are far more frequent and would leave no group on the picture). Containment
     * pairs (天津–京津冀) are already left out by the query ({@code region_comention.nested}).
     */
    static List<Edge> network(List<Edge> edges, Map<String, RegionCount> regions) {
        List<Edge> drawable = edges.stream()
                .filter(e -> drawn(regions.get(e.a())) && drawn(regions.get(e.b())))
                .toList();
        List<Edge> groups = drawable.stream()
                .filter(e -> group(regions.get(e.a())) || group(regions.get(e.b())))
                .limit(GROUP_EDGES)
                .toList();
        List<Edge> out = new ArrayList<>(groups);
        drawable.stream()
                .filter(e -> !groups.contains(e))
                .limit(MAX_EDGES - groups.size())
                .forEach(out::add);
        out.sort(Comparator.comparingLong(Edge::coDocuments).reversed());
        return out;
    }

    private static boolean group(RegionCount r) {
        return !"province".equals(r.level());
    }

    private static boolean drawn(RegionCount r) {
        return r != null && NETWORK_LEVELS.contains(r.level());
    }

    /** Drops single-document pairs when there are enough stronger ones to draw a readable network. */
    static List<Edge> strongest(List<Edge> edges) {
        List<Edge> repeated = edges.stream().filter(e -> e.coDocuments() >= 2).toList();
        return repeated.size() >= 10 ? repeated : edges;
    }

    static List<RegionCount> nodes(List<Edge> edges, Map<String, RegionCount> regions) {
        List<RegionCount> out = new ArrayList<>();
        for (Edge e : edges) {
            for (String code : List.of(e.a(), e.b())) {
                if (out.stream().noneMatch(n -> n.code().equals(code))) {
                    out.add(regions.getOrDefault(code, new RegionCount(code, code, "unknown", 0, 0)));
                }
            }
        }
        out.sort(Comparator.comparingLong(RegionCount::documents).reversed().thenComparing(RegionCount::code));
        return out;
    }

    private static List<MetricRow> latestMetrics(Warehouse w) {
        if (!w.exists(Metrics.DEF) || !w.exists(Documents.DEF) || !w.exists(RegionMentions.DEF)) {
            return List.of();
        }
        String sql =
                """
        WITH busiest AS (
          SELECT m.region_code, count(*) AS n FROM metrics m WHERE %s
          GROUP BY m.region_code ORDER BY n DESC, m.region_code LIMIT %d),
        names AS (SELECT region_code, first(region_name) AS region_name FROM region_mentions GROUP BY region_code),
        ranked AS (
          SELECT m.*, row_number() OVER (PARTITION BY m.region_code
                   ORDER BY m.published_date DESC NULLS LAST, m.doc_id, m.`start`) AS rn
          FROM metrics m JOIN busiest b ON b.region_code = m.region_code WHERE %s)
        SELECT r.region_code, n.region_name, r.indicator_code, r.indicator, r.surface, r.value, r.unit,
               r.measure_word, r.is_target, r.published_date,
               d.title, d.url,
               substring(d.text, greatest(r.`start` - %d, 0) + 1, r.`start` - greatest(r.`start` - %d, 0)) AS before,
               substring(d.text, r.`start` + 1, r.`end` - r.`start`) AS match,
               substring(d.text, r.`end` + 1, %d) AS after,
               b.n
        FROM ranked r JOIN busiest b ON b.region_code = r.region_code
        JOIN documents d ON d.doc_id = r.doc_id
        LEFT JOIN names n ON n.region_code = r.region_code
        WHERE r.rn <= %d
        ORDER BY b.n DESC, r.region_code, r.rn
        """
                        .formatted(
                                SHOWN_METRICS,
                                METRIC_REGIONS,
                                SHOWN_METRICS,
                                CONTEXT_CHARS,
                                CONTEXT_CHARS,
                                CONTEXT_CHARS,
                                METRICS_PER_REGION);
        Map<String, String> names = IndicatorTaxonomy.standard().names();
        return w.spark().sql(sql).collectAsList().stream()
                .map(r -> new MetricRow(
                        r.getString(0),
                        r.isNullAt(1) ? r.getString(0) : r.getString(1),
                        r.getString(2),
                        names.getOrDefault(r.getString(2), r.getString(2)),
                        r.getString(3),
                        r.getString(4),
                        r.isNullAt(5) ? null : r.getDouble(5),
                        r.getString(6),
                        r.getString(7),
                        !r.isNullAt(8) && r.getBoolean(8),
                        r.isNullAt(9) ? null : r.getLocalDate(9),
                        r.getString(10),
                        r.getString(11),
                        sentenceTail(r.getString(12)),
                        r.getString(13),
                        sentenceHead(r.getString(14))))
                .toList();
    }

    /**
     * The metric-over-time panel: the region's standard indicator with the most months in {@code
     * metric_timeline} (already reliable links only), a region-level series (a national figure has
     * no region_code there), ties broken by observations, then codes.
     */
    private static MetricSeries metricSeries(Warehouse w) {
        if (!w.exists(MetricTimeline.DEF)) {
            return null;
        }
        List<Row> best = w.spark()
                .sql(
                        """
                SELECT region_code, first(region_name), indicator_code, unit, change,
                       count(DISTINCT period_start) AS months, sum(observations) AS obs
                FROM metric_timeline
                WHERE granularity = 'month' AND indicator_code IS NOT NULL AND region_code IS NOT NULL
                GROUP BY region_code, indicator_code, unit, change
                ORDER BY months DESC, obs DESC, region_code, indicator_code, unit, change LIMIT 1
                """)
                .collectAsList();
        if (best.isEmpty()) {
            return null;
        }
        Row b = best.get(0);
        String where = "granularity = 'month' AND region_code = " + Warehouse.sqlString(b.getString(0))
                + " AND indicator_code = " + Warehouse.sqlString(b.getString(2))
                + " AND unit = " + Warehouse.sqlString(b.getString(3))
                + " AND " + (b.isNullAt(4) ? "change IS NULL" : "change = " + Warehouse.sqlString(b.getString(4)));
        List<String> months = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Long> observations = new ArrayList<>();
        for (Row r : w.spark()
                .sql("SELECT period_start, value_avg, observations FROM metric_timeline WHERE " + where
                        + " ORDER BY period_start")
                .collectAsList()) {
            months.add(r.getLocalDate(0).toString().substring(0, 7));
            values.add(r.isNullAt(1) ? null : r.getDouble(1));
            observations.add(r.getLong(2));
        }
        String code = b.getString(2);
        return new MetricSeries(
                b.getString(0),
                b.isNullAt(1) ? b.getString(0) : b.getString(1),
                code,
                IndicatorTaxonomy.standard().names().getOrDefault(code, code),
                b.getString(3),
                b.isNullAt(4) ? null : b.getString(4),
                months,
                values,
                observations);
    }

    /** The part of the text before a number that belongs to its sentence: "…合作。重庆市GDP达" → "重庆市GDP达". */
    static String sentenceTail(String before) {
        if (before == null) {
            return "";
        }
        int cut = -1;
        for (int i = 0; i < before.length(); i++) {
            if ("。！？!?\n".indexOf(before.charAt(i)) >= 0) {
                cut = i;
            }
        }
        return before.substring(cut + 1);
    }

    /** The rest of the sentence after a number, end mark included: "，同比增长6%。下一句" → "，同比增长6%。". */
    static String sentenceHead(String after) {
        if (after == null) {
            return "";
        }
        for (int i = 0; i < after.length(); i++) {
            char c = after.charAt(i);
            if (c == '\n') {
                return after.substring(0, i);
            }
            if ("。！？!?".indexOf(c) >= 0) {
                return after.substring(0, i + 1);
            }
        }
        return after;
    }

    private static List<DocRow> latestDocuments(Warehouse w) {
        if (!w.exists(Documents.DEF)) {
            return List.of();
        }
        List<Row> docs = w.spark()
                .sql("SELECT doc_id, published_date, title, coalesce(source_name, site), url FROM documents "
                        + "WHERE coalesce(is_canonical, true) ORDER BY published_date DESC NULLS LAST, doc_id LIMIT "
                        + LATEST_DOCUMENTS)
                .collectAsList();
        Map<String, List<String>> regionsOf = new HashMap<>();
        if (!docs.isEmpty() && w.exists(RegionMentions.DEF)) {
            String in =
                    docs.stream().map(r -> Warehouse.sqlString(r.getString(0))).collect(Collectors.joining(","));
            for (Row r : w.spark()
                    .sql("SELECT doc_id, region_name, count(*) AS n FROM region_mentions WHERE doc_id IN (" + in + ") "
                            + "GROUP BY doc_id, region_name ORDER BY doc_id, n DESC, region_name")
                    .collectAsList()) {
                List<String> names = regionsOf.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
                if (names.size() < 4) {
                    names.add(r.getString(1));
                }
            }
        }
        return docs.stream()
                .map(r -> new DocRow(
                        r.isNullAt(1) ? null : r.getLocalDate(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        regionsOf.getOrDefault(r.getString(0), List.of())))
                .toList();
    }
}
