package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.regionpulse.tables.AggregateState;
import io.regionpulse.tables.TableDef;
import io.regionpulse.warehouse.Errors;
import io.regionpulse.warehouse.Warehouse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which documents changed since the last aggregate, without reading the archive: Delta's change
 * data feed of the source tables ({@code delta.enableChangeDataFeed}, switched on here the first
 * time) between the table versions the last aggregate recorded and now. The versions are recorded
 * in the {@code userMetadata} of aggregate_state's commit (no table or column for them), as
 * {@code sources:documents=12,region_mentions=30,metrics=30}. Any doubt (no bookmark, a feed
 * vacuumed or switched on later than the bookmark) answers null: fingerprint every document.
 */
final class ChangeFeed {
    static final String PREFIX = "sources:";
    private static final String CDF = "delta.enableChangeDataFeed";
    private static final String USER_METADATA = "spark.databricks.delta.commitInfo.userMetadata";
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

    private ChangeFeed() {}

    /** Switches the change feed on where it is off, then returns each table's current version. */
    static Map<String, Long> enableAndVersion(Warehouse w, List<TableDef> tables) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (TableDef t : tables) {
            scala.collection.Map<String, String> props =
                    w.delta(t).detail().first().getAs("properties");
            if (!props.get(CDF).contains("true")) {
                w.spark()
                        .sql("ALTER TABLE delta.`" + w.path(t).replace("`", "``") + "` SET TBLPROPERTIES (" + CDF
                                + " = true)");
            }
            out.put(t.name(), w.delta(t).history(1).first().getLong(0));
        }
        return out;
    }

    /** The versions recorded by the last aggregate that wrote its state, or null. */
    static Map<String, Long> bookmark(Warehouse w) {
        for (Row r : w.delta(AggregateState.DEF)
                .history(20)
                .select("version", "userMetadata")
                .orderBy(col("version").desc())
                .collectAsList()) {
            String meta = r.isNullAt(1) ? null : r.getString(1);
            if (meta != null && meta.startsWith(PREFIX)) {
                return parse(meta);
            }
        }
        return null;
    }

    static Map<String, Long> parse(String meta) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String kv : meta.substring(PREFIX.length()).split(",")) {
            String[] p = kv.split("=", 2);
            if (p.length == 2) {
                out.put(p[0].strip(), Long.parseLong(p[1].strip()));
            }
        }
        return out;
    }

    static String format(Map<String, Long> versions) {
        StringBuilder sb = new StringBuilder(PREFIX);
        versions.forEach((k, v) -> sb.append(sb.length() > PREFIX.length() ? "," : "")
                .append(k)
                .append('=')
                .append(v));
        return sb.toString();
    }

    /**
     * The distinct doc_ids in the change feed of each table after {@code since} up to {@code now}
     * (persisted, for the caller to release), or null when the feed cannot answer.
     */
    static Dataset<Row> touchedDocs(Warehouse w, Map<String, Long> since, Map<String, Long> now) {
        if (since == null || !since.keySet().containsAll(now.keySet())) {
            return null;
        }
        Dataset<Row> out = null;
        for (Map.Entry<String, Long> e : now.entrySet()) {
            long from = since.get(e.getKey()) + 1;
            if (from > e.getValue()) {
                continue;
            }
            Dataset<Row> c = w.spark()
                    .read()
                    .format("delta")
                    .option("readChangeFeed", "true")
                    .option("startingVersion", from)
                    .option("endingVersion", e.getValue())
                    .load(w.root() + "/" + e.getKey())
                    .select("doc_id");
            out = out == null ? c : out.union(c);
        }
        if (out == null) {
            out = w.spark().emptyDataFrame().select(lit("").as("doc_id")).limit(0);
        }
        Dataset<Row> touched = out.filter(col("doc_id").isNotNull()).distinct().persist(StorageLevel.MEMORY_AND_DISK());
        try {
            touched.count(); // materialised here: a feed that cannot be read falls back to the full path now
            return touched;
        } catch (RuntimeException ex) {
            touched.unpersist();
            LOG.warn("aggregate: change feed unreadable ({}), fingerprinting every document", Errors.firstLine(ex));
            return null;
        }
    }

    /** Runs {@code write} with the source versions as the commit's userMetadata. */
    static void withBookmark(Warehouse w, Map<String, Long> versions, Runnable write) {
        w.spark().conf().set(USER_METADATA, format(versions));
        try {
            write.run();
        } finally {
            w.spark().conf().unset(USER_METADATA);
        }
    }

    /**
     * Replaces the state rows of the touched documents with {@code state} (their new fingerprints);
     * touched documents that are gone lose their row. One MERGE on doc_id.
     */
    static void mergeState(Warehouse w, Dataset<Row> touched, Dataset<Row> state) {
        Dataset<Row> src = touched.join(Warehouse.conform(AggregateState.DEF, state), "doc_id", "left")
                .withColumn("gone", col("fingerprint").isNull());
        Map<String, String> set = new LinkedHashMap<>();
        for (String c : AggregateState.DEF.columnNames()) {
            set.put(c, "s.`" + c + "`");
        }
        w.delta(AggregateState.DEF)
                .as("t")
                .merge(src.as("s"), "t.doc_id = s.doc_id")
                .whenMatched("s.gone")
                .delete()
                .whenMatched()
                .updateExpr(set)
                .whenNotMatched("NOT s.gone")
                .insertExpr(set)
                .execute();
    }
}
