package io.regionpulse.stages;

import io.regionpulse.config.Settings;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.tables.AggregateState;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.TableDef;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** Literal silver rows written straight into a test warehouse, for the gold-table tests. */
final class GoldFixture {
    static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
    private final SparkSession spark;
    final Warehouse warehouse;
    private final List<Row> docs = new ArrayList<>();
    private final List<Row> mentions = new ArrayList<>();
    private final List<Row> metrics = new ArrayList<>();
    private int counter;

    GoldFixture(SparkSession spark, Path dir) {
        this.spark = spark;
        forgetCatalog(spark);
        this.warehouse = new Warehouse(spark, dir.toString()).ensureAll();
    }

    /**
     * Drops the session's table names (external entries: no data is deleted). The tests share one
     * session and each uses its own temporary warehouse; a name left pointing at a deleted one
     * would break the next registration.
     */
    static void forgetCatalog(SparkSession spark) {
        for (TableDef t : io.regionpulse.tables.Tables.ALL) {
            spark.sql("DROP TABLE IF EXISTS `" + t.name() + "`");
        }
        spark.sql("DROP TABLE IF EXISTS `" + AggregateState.DEF.name() + "`");
    }

    static RunContext context(Warehouse w, Map<String, Object> overrides) {
        Map<String, Object> all = new HashMap<>(overrides);
        all.put(Settings.WAREHOUSE, w.root());
        Instant now = Instant.now();
        return new RunContext(
                "run-test-" + now.toEpochMilli() + "-" + System.nanoTime(),
                now,
                Settings.load(null, all),
                w,
                GAZETTEER);
    }

    /** A document; date "null" for an undated one; published_at is noon China time of the date plus the hour given. */
    GoldFixture doc(String docId, String date, String story, String source, String... keywords) {
        Map<String, Object> v = new HashMap<>();
        LocalDate d = date == null ? null : LocalDate.parse(date);
        v.put("doc_id", docId);
        v.put("page_id", "p-" + docId);
        v.put("site", "www.example.cn");
        v.put("published_date", d);
        v.put(
                "published_at",
                d == null ? null : Instant.parse(date + "T04:00:00Z").plusSeconds(60L * docs.size()));
        v.put("source_name", source);
        // one paragraph naming every keyword: the passage of each mention (RegionPassages) holds them all
        v.put("text", "正文" + docId + "：" + String.join("、", keywords));
        v.put("char_count", 4);
        v.put("flags", new String[0]);
        v.put("keywords", keywords);
        v.put("content_hash", "h-" + docId);
        v.put("story_id", story);
        v.put("is_canonical", true);
        v.put("run_id", "run-fixture");
        docs.add(row(Documents.DEF, v));
        return this;
    }

    GoldFixture mention(String docId, int sentence, int start, int end, String code, String matchType, boolean inOrg) {
        var r = GAZETTEER.get(code);
        Map<String, Object> v = new HashMap<>();
        v.put("mention_id", "m" + (counter++));
        v.put("doc_id", docId);
        v.put("sentence_index", sentence);
        v.put("start", start);
        v.put("end", end);
        v.put("surface", r.name());
        v.put("region_code", code);
        v.put("region_name", r.name());
        v.put("region_level", r.level());
        v.put("province_code", r.provinceCode());
        v.put("match_type", matchType);
        v.put("in_organization", inOrg);
        mentions.add(row(RegionMentions.DEF, v));
        return this;
    }

    GoldFixture mention(String docId, int sentence, String code) {
        return mention(docId, sentence, 100 + counter, 102 + counter, code, "short_name", false);
    }

    GoldFixture metric(
            String docId,
            int start,
            String region,
            String indicator,
            String unit,
            double value,
            String change,
            boolean target) {
        Map<String, Object> v = new HashMap<>();
        v.put("metric_id", "x" + (counter++));
        v.put("doc_id", docId);
        v.put("sentence_index", 0);
        v.put("start", start);
        v.put("end", start + 5);
        v.put("surface", String.valueOf(value));
        v.put("value", value);
        v.put("unit", unit);
        v.put("indicator", indicator);
        v.put("change", change);
        v.put("is_target", target);
        v.put("region_code", region);
        v.put("scope", region == null ? "none" : "region");
        v.put("region_link", region == null ? "none" : "clause_subject");
        v.put("link_reliable", region != null);
        metrics.add(row(Metrics.DEF, v));
        return this;
    }

    /** Appends the rows collected so far to the silver tables and forgets them. */
    GoldFixture write() {
        warehouse.append(Documents.DEF, spark.createDataFrame(docs, Documents.DEF.schema()));
        warehouse.append(RegionMentions.DEF, spark.createDataFrame(mentions, RegionMentions.DEF.schema()));
        warehouse.append(Metrics.DEF, spark.createDataFrame(metrics, Metrics.DEF.schema()));
        docs.clear();
        mentions.clear();
        metrics.clear();
        return this;
    }

    private static Row row(TableDef t, Map<String, Object> values) {
        return RowFactory.create(t.columnNames().stream().map(values::get).toArray());
    }
}
