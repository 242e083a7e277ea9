package io.regionpulse.warehouse;

import org.apache.spark.sql.SparkSession;

/**
 * The only place that builds a SparkSession. On a cluster ({@code spark-submit}) the master and
 * most settings come from spark-submit; locally the launcher passes {@code local[*]}.
 */
public final class Sessions {
    /**
     * Delta rebuilds a table's state (its file list) with 50 partitions by default, for every
     * snapshot and commit: on 1-2 cores that is dozens of 50-task stages per run whatever the data
     * size (seen in docs/benchmarks.md's runs). The table state scales like the shuffles, so it gets
     * the same partition count.
     */
    static final String DELTA_SNAPSHOT_PARTITIONS = "spark.databricks.delta.snapshotPartitions";

    private Sessions() {}

    /** A local session with Delta enabled and the UI off (tests, laptop runs). */
    public static SparkSession local(String master, String warehouseDir, int shufflePartitions) {
        return base(warehouseDir)
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config(DELTA_SNAPSHOT_PARTITIONS, String.valueOf(Math.max(1, shufflePartitions)))
                .config("spark.default.parallelism", String.valueOf(Math.max(2, shufflePartitions)))
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }

    /** A session for spark-submit: master and resources come from the submit command. */
    public static SparkSession submitted(String warehouseDir, String masterOrNull, int shufflePartitions) {
        SparkSession.Builder b = base(warehouseDir)
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config(DELTA_SNAPSHOT_PARTITIONS, String.valueOf(Math.max(1, shufflePartitions)));
        if (masterOrNull != null && !masterOrNull.isBlank()) {
            b.master(masterOrNull);
        }
        return b.getOrCreate();
    }

    private static SparkSession.Builder base(String warehouseDir) {
        return SparkSession.builder()
                .appName("RegionPulse")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                .config("spark.sql.warehouse.dir", warehouseDir)
                .config("spark.sql.session.timeZone", "UTC")
                // Rows carry java.time.Instant / LocalDate: no JVM-default-timezone surprises.
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.sources.partitionOverwriteMode", "static")
                .config("spark.databricks.delta.schema.autoMerge.enabled", "false")
                .config("spark.sql.adaptive.enabled", "true")
                // Progress a person can read: Spark's bar on a terminal, a log line per long stage every 30 s
                // otherwise.
                .config("spark.ui.showConsoleProgress", String.valueOf(System.console() != null))
                .config("spark.extraListeners", "io.regionpulse.warehouse.ProgressLog");
    }
}
