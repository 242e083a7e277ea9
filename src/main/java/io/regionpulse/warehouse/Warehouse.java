package io.regionpulse.warehouse;

import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Delta tables of one warehouse folder ({@code <warehouse>/<table>}), created from their
 * contracts with column comments and registered by name in the session catalog so that
 * {@code SELECT * FROM region_timeline} works from jobs, {@code jobs/sql.sh} and notebooks.
 */
public final class Warehouse {
    private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);
    private final SparkSession spark;
    private final String root;

    public Warehouse(SparkSession spark, String root) {
        this.spark = spark;
        String r = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        // Local relative paths are made absolute so catalog entries survive a change of directory.
        this.root = r.contains(":")
                ? r
                : java.nio.file.Path.of(r).toAbsolutePath().normalize().toString();
    }

    public SparkSession spark() {
        return spark;
    }

    public String root() {
        return root;
    }

    public String path(TableDef t) {
        return root + "/" + t.name();
    }

    /**
     * A table is there when its log holds a commit. Delta calls any folder with a {@code _delta_log}
     * a table, but a create killed after making that folder and before writing version 0 leaves a
     * log no reader can open ({@code DELTA_TABLE_NOT_FOUND}); such a table is missing and
     * {@link #ensure} creates it over the empty log.
     */
    public boolean exists(TableDef t) {
        return DeltaTable.isDeltaTable(spark, path(t)) && hasCommit(path(t));
    }

    /**
     * Removes the {@code _delta_log} folder of a table that has no commit: Delta's create would
     * take the folder for an existing table and then fail to open it. Nothing committed is lost;
     * at worst a racing first run's create fails and the next run creates the table.
     */
    private void dropUncommittedLog(TableDef t) {
        Path log = new Path(path(t), "_delta_log");
        try {
            FileSystem fs = log.getFileSystem(spark.sessionState().newHadoopConf());
            if (fs.exists(log)) {
                LOG.warn("{}: a log without a commit (a create was cut off): creating the table again", t.name());
                fs.delete(log, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the empty log of " + path(t), e);
        }
    }

    /**
     * Version 0's commit file, or {@code _last_checkpoint} once log clean-up has removed the early
     * commits (Delta removes them only behind a checkpoint). Two lookups, no listing of the log.
     */
    private boolean hasCommit(String table) {
        Path log = new Path(table, "_delta_log");
        try {
            FileSystem fs = log.getFileSystem(spark.sessionState().newHadoopConf());
            return fs.exists(new Path(log, "00000000000000000000.json"))
                    || fs.exists(new Path(log, "_last_checkpoint"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the log of " + table, e);
        }
    }

    /** Creates every missing table (empty, with schema, comments and partitioning) and registers all names. */
    public Warehouse ensureAll() {
        for (TableDef t : Tables.ALL) {
            ensure(t);
        }
        return this;
    }

    public void ensure(TableDef t) {
        if (!exists(t)) {
            dropUncommittedLog(t);
            DeltaTableBuilder b =
                    DeltaTable.createIfNotExists(spark).location(path(t)).comment(t.description());
            for (Column c : t.columns()) {
                b = b.addColumn(DeltaTable.columnBuilder(spark, c.name())
                        .dataType(c.type())
                        .nullable(c.nullable())
                        .comment(c.comment())
                        .build());
            }
            if (!t.partitionColumns().isEmpty()) {
                b = b.partitionedBy(t.partitionColumns().toArray(new String[0]));
            }
            try {
                b.execute();
            } catch (RuntimeException e) {
                // Two first runs racing on an empty warehouse: the loser's create conflicts, the table is there.
                if (!(Errors.isConcurrentWrite(e) && exists(t))) {
                    throw e;
                }
            }
        } else {
            addMissingColumns(t);
        }
        register(t);
    }

    /**
     * A table written before its contract grew a column (e.g. {@code runs.duplicate_rows}) gets the
     * new nullable columns, so older warehouses keep working; old rows read null there.
     */
    void addMissingColumns(TableDef t) {
        java.util.Set<String> have = new java.util.HashSet<>(List.of(read(t).columns()));
        List<String> missing = t.columns().stream()
                .filter(c -> c.nullable() && !have.contains(c.name()))
                .map(c -> "`" + c.name() + "` " + c.type().sql() + " COMMENT '"
                        + c.comment().replace("\\", "\\\\").replace("'", "\\'") + "'")
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        String sql = "ALTER TABLE delta.`" + path(t).replace("`", "``") + "` ADD COLUMNS (" + String.join(", ", missing)
                + ")";
        try {
            spark.sql(sql);
        } catch (RuntimeException e) {
            // another run added them at the same moment
            if (!Errors.isConcurrentWrite(e) && !e.getMessage().contains("already exists")) {
                throw e;
            }
        }
    }

    /** Registers the tables that exist under their names (the catalog is per session). */
    public Warehouse registerExisting() {
        for (TableDef t : Tables.everything()) {
            if (exists(t)) {
                register(t);
            }
        }
        return this;
    }

    /**
     * Points the name at this warehouse's table. The catalog entry is external (LOCATION), so
     * dropping a stale entry (a session that used another warehouse before) never deletes data.
     */
    private void register(TableDef t) {
        String location = path(t).replace("'", "\\'");
        boolean registered;
        try {
            registered = spark.catalog().tableExists(t.name());
        } catch (Exception e) { // Spark's AnalysisException is checked
            registered = true; // an entry whose location Delta cannot resolve any more
        }
        if (registered) {
            String current;
            try {
                current = spark.sql("DESCRIBE DETAIL `" + t.name() + "`")
                        .select("location")
                        .first()
                        .getString(0);
            } catch (Exception e) { // Spark's AnalysisException is checked
                current = null; // registered to a warehouse that is gone
            }
            if (current != null && sameLocation(current, path(t))) {
                return;
            }
            forget(t.name());
        }
        spark.sql("CREATE TABLE IF NOT EXISTS `" + t.name() + "` USING delta LOCATION '" + location + "'");
    }

    /** Removes a catalog entry only (never data), even when Delta can no longer resolve its location. */
    private void forget(String name) {
        try {
            spark.sql("DROP TABLE IF EXISTS `" + name + "`");
        } catch (Exception e) { // Spark's AnalysisException is checked
            ((org.apache.spark.sql.classic.SparkSession) spark)
                    .sessionState()
                    .catalog()
                    .dropTable(org.apache.spark.sql.catalyst.TableIdentifier.apply(name), true, false);
        }
    }

    private static boolean sameLocation(String a, String b) {
        return strip(a).equals(strip(b));
    }

    private static String strip(String p) {
        String s = p.replaceFirst("^file:/+", "/");
        try {
            return java.nio.file.Path.of(s).toAbsolutePath().normalize().toString();
        } catch (Exception e) { // Spark's AnalysisException is checked
            return s;
        }
    }

    public Dataset<Row> read(TableDef t) {
        return spark.read().format("delta").load(path(t));
    }

    public DeltaTable delta(TableDef t) {
        return DeltaTable.forPath(spark, path(t));
    }

    /**
     * Inserts the rows whose key is not in the table yet (one atomic MERGE; the source is deduped
     * first) and returns how many rows the MERGE inserted (Delta's own count).
     */
    public long insertNew(TableDef t, Dataset<Row> rows) {
        return insertNew(t, rows, null);
    }

    /**
     * {@link #insertNew(TableDef, Dataset)} against only the target rows matching {@code
     * targetWhere} (SQL over the table's columns, e.g. {@code run_id >= 'run-2024…'}; null: all):
     * Delta reads only the files whose statistics may hold such rows. For callers that know a
     * key outside it cannot occur.
     */
    public long insertNew(TableDef t, Dataset<Row> rows, String targetWhere) {
        List<String> key = t.keyColumns();
        Dataset<Row> src = conform(t, rows).dropDuplicates(key.toArray(new String[0]));
        String cond = key.stream().map(k -> "t.`" + k + "` = s.`" + k + "`").collect(Collectors.joining(" AND "));
        if (targetWhere != null) {
            cond = "(" + targetWhere + ") AND " + cond;
        }
        Dataset<Row> metrics = delta(t).as("t")
                .merge(src.as("s"), cond)
                .whenNotMatched()
                .insertAll()
                .execute();
        return insertedRows(metrics);
    }

    /** {@code num_inserted_rows} of a MERGE's result (0 when Delta reports nothing). */
    static long insertedRows(Dataset<Row> mergeMetrics) {
        return mergeCount(mergeMetrics, "num_inserted_rows");
    }

    /**
     * Atomically makes {@code rows} the only rows of the given parents: one MERGE on the table's
     * key inserts new rows, updates kept ones and deletes the parents' other rows (read from the
     * table). {@code parents} has the one column {@code parentColumn}; a parent without rows
     * loses all of its. Returns the rows inserted, deleted and updated (a kept key rewritten in
     * place: a re-extracted document whose mention is at the same position again). Parents
     * without any row in the table (a night's new documents) get theirs by a plain append.
     */
    public long[] replaceChildren(TableDef t, Dataset<Row> rows, Dataset<Row> parents, String parentColumn) {
        List<String> key = t.keyColumns();
        String[] keyCols = key.toArray(new String[0]);
        Dataset<Row> fresh = conform(t, rows).dropDuplicates(keyCols);
        java.util.Set<String> readCols = new java.util.LinkedHashSet<>(key);
        readCols.add(parentColumn);
        // The parents' rows in the table: only its key and parent columns are read, once (kept for
        // the stale rows below when there are any).
        Dataset<Row> existing = read(t).selectExpr(
                        readCols.stream().map(c -> "`" + c + "`").toArray(String[]::new))
                .join(parents, parentColumn)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> src;
        try {
            if (existing.isEmpty()) {
                // The nightly case: parents extracted for the first time have no rows yet, so the
                // rows are appended and no MERGE joins them with every key of the table. A rerun
                // after a crash that came after this commit finds the rows and takes the MERGE below.
                Dataset<Row> once = fresh.persist(StorageLevel.MEMORY_AND_DISK());
                try {
                    long n = once.count();
                    append(t, once);
                    return new long[] {n, 0, 0};
                } finally {
                    once.unpersist();
                }
            }
            // A stale row (a parent's row whose key is not made again) is matched to be deleted.
            Dataset<Row> stale = existing.join(fresh.selectExpr(keyCols), keyCols, "left_anti")
                    .select(t.columns().stream()
                            .map(c -> key.contains(c.name())
                                    ? functions.col(c.name())
                                    : functions.lit(null).cast(c.type()).as(c.name()))
                            .toArray(org.apache.spark.sql.Column[]::new));
            // Materialised: the MERGE rewrites the files the stale rows were read from.
            src = fresh.withColumn("_delete", functions.lit(false))
                    .unionByName(stale.withColumn("_delete", functions.lit(true)))
                    .localCheckpoint();
        } finally {
            existing.unpersist();
        }
        String cond = key.stream().map(k -> "t.`" + k + "` = s.`" + k + "`").collect(Collectors.joining(" AND "));
        java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
        for (String c : t.columnNames()) {
            set.put("`" + c + "`", "s.`" + c + "`");
        }
        Dataset<Row> metrics = delta(t).as("t")
                .merge(src.as("s"), cond)
                .whenMatched("s._delete")
                .delete()
                .whenMatched()
                .updateExpr(set)
                .whenNotMatched("NOT s._delete")
                .insertExpr(set)
                .execute();
        return new long[] {
            insertedRows(metrics), mergeCount(metrics, "num_deleted_rows"), mergeCount(metrics, "num_updated_rows")
        };
    }

    private static long mergeCount(Dataset<Row> mergeMetrics, String column) {
        if (mergeMetrics == null || !List.of(mergeMetrics.columns()).contains(column)) {
            return 0;
        }
        List<Row> rows = mergeMetrics.select(column).collectAsList();
        return rows.isEmpty() || rows.get(0).isNullAt(0) ? 0 : rows.get(0).getLong(0);
    }

    /** Atomically replaces the rows matching {@code predicate} with {@code rows}. */
    public void replaceWhere(TableDef t, Dataset<Row> rows, String predicate) {
        conform(t, rows)
                .write()
                .format("delta")
                .mode("overwrite")
                .option("replaceWhere", predicate)
                .save(path(t));
    }

    public void append(TableDef t, Dataset<Row> rows) {
        conform(t, rows).write().format("delta").mode("append").save(path(t));
    }

    public void overwrite(TableDef t, Dataset<Row> rows) {
        conform(t, rows).write().format("delta").mode("overwrite").save(path(t));
    }

    /**
     * Rewrites the whole table as {@code rows}, which must be its own rows in a new file layout
     * (Delta {@code dataChange=false}: a compaction, not a change, for readers of the table's
     * history and streams).
     */
    public void relayout(TableDef t, Dataset<Row> rows) {
        conform(t, rows)
                .write()
                .format("delta")
                .mode("overwrite")
                .option("dataChange", "false")
                .save(path(t));
    }

    /** Selects the contract's columns in contract order (extra columns are an error, missing ones too). */
    public static Dataset<Row> conform(TableDef t, Dataset<Row> rows) {
        return rows.selectExpr(t.columnNames().stream().map(c -> "`" + c + "`").toArray(String[]::new));
    }

    /** A string as a single-quoted Spark SQL literal (backslashes and quotes escaped). */
    public static String sqlString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
