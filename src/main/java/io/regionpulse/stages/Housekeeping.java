package io.regionpulse.stages;

import io.regionpulse.aggregate.AggregateSettings;
import io.regionpulse.tables.TableDef;
import io.regionpulse.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delta maintenance of the long-lived gold tables. Every incremental run adds a few small files
 * per touched partition (replaceWhere rewrites only the touched periods); this compacts them back
 * into files of contiguous period ranges:
 *
 * <ul>
 *   <li>partitioning: {@code granularity} (three values, so partitions stay large; every query
 *       names one granularity);
 *   <li>compaction as {@link Maintenance#optimize} does it for the gold tables: files of about
 *       {@code rows-per-file} rows, each a range of periods;
 *   <li>retention: {@code delta.deletedFileRetentionDuration} = vacuum-retention-hours (the time
 *       travel window; readers older than that may fail), {@code delta.logRetentionDuration} =
 *       log-retention-days (DESCRIBE HISTORY depth), then VACUUM.
 * </ul>
 *
 * Run by the aggregate stage when {@code regionpulse.aggregate.maintenance.enabled = true}, or
 * directly with {@link #maintain}. A retention under Delta's 7-day safety check is honoured by
 * switching that check off for the call only.
 */
public final class Housekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeping.class);

    private Housekeeping() {}

    /**
     * Compaction in period ranges, retention properties and VACUUM on every gold table that exists; returns
     * what it did. A table that already keeps a longer history or time travel than the settings
     * (set by its owner) keeps it, as {@code maintain} does.
     */
    public static List<String> maintain(Warehouse w, AggregateSettings s) {
        List<String> done = new ArrayList<>();
        vacuumSession(w.spark(), s.vacuumRetentionHours() < 168, () -> {
            for (TableDef t : AggregateJob.GOLD) {
                if (!w.exists(t)) {
                    continue;
                }
                Maintenance.TableReport r = Maintenance.maintain(
                        w, t, s.vacuumRetentionHours(), s.logRetentionDays() * 24.0, false, s.rowsPerFile());
                done.add(t.name() + ": " + r.actions());
            }
        });
        LOG.info("housekeeping: {}", done);
        return done;
    }

    /**
     * Runs {@code work} with the session set up for VACUUM, then restores it: Delta's 7-day
     * retention check off when {@code belowSevenDays} (the caller checked its own bound), and the
     * file listing at the shuffle parallelism instead of 10,000 tasks (sized for huge tables; on a
     * laptop it costs minutes per table).
     */
    static void vacuumSession(org.apache.spark.sql.SparkSession spark, boolean belowSevenDays, Runnable work) {
        String checkKey = "spark.databricks.delta.retentionDurationCheck.enabled";
        String listKey = "spark.sql.sources.parallelPartitionDiscovery.parallelism";
        String checkBefore = spark.conf().get(checkKey, "true");
        String listBefore = spark.conf().get(listKey, "10000");
        try {
            if (belowSevenDays) {
                spark.conf().set(checkKey, "false");
            }
            spark.conf().set(listKey, spark.conf().get("spark.sql.shuffle.partitions", "8"));
            work.run();
        } finally {
            spark.conf().set(checkKey, checkBefore);
            spark.conf().set(listKey, listBefore);
        }
    }
}
