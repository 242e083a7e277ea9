package io.regionpulse.stages;

import io.regionpulse.aggregate.AggregateSettings;
import io.regionpulse.config.UserError;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code maintain}: keeps every Delta table of a warehouse compact and its history bounded.
 *
 * <ul>
 *   <li>OPTIMIZE each table (bin-packing the small files every nightly run adds), with Z-ORDER
 *       where the common filters warrant it: {@code region_mentions} and {@code metrics} by {@code
 *       published_date} and {@code region_code} (the nightly aggregate reads the affected periods'
 *       rows, analysts "every mention of 重庆"); {@code documents} by {@code published_date}
 *       (dedup's window, aggregate's periods), so the files of a compacted archive each hold a
 *       short span of dates that Delta's statistics let those reads skip to.
 *   <li>The gold tables are compacted into the nightly aggregate's own layout instead: files of
 *       about {@code regionpulse.aggregate.rows-per-file} rows, each a contiguous range of periods
 *       ({@link AggregateJob#byPeriod}). A Z-ORDER by region would put every period in every file,
 *       and each night's replaceWhere would then rewrite the whole table; a query for one region
 *       reads its granularity's files, whose size follows the calendar (regions × periods), not
 *       the archive.
 *   <li>VACUUM with a retention of at least {@link #MIN_RETENTION_HOURS} (a query or a nightly run
 *       that started before the compaction still finds its files) and never shorter than a table's
 *       own {@code delta.deletedFileRetentionDuration} (the time travel its owner asked to keep).
 *   <li>A report of files and bytes per table before and after ({@code DESCRIBE DETAIL}).
 * </ul>
 *
 * Query results do not change: OPTIMIZE and VACUUM rewrite and delete files, never rows.
 */
public final class Maintenance {
    private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

    /** The shortest VACUUM retention allowed: longer than any query or nightly run lasts. */
    public static final double MIN_RETENTION_HOURS = 24;

    static final Map<String, List<String>> ZORDER = zorder();

    /** The largest file OPTIMIZE writes (bytes; {@code regionpulse.maintain.max-file-mb}). */
    public static final String MAX_FILE_SIZE = "spark.databricks.delta.optimize.maxFileSize";

    private Maintenance() {}

    /** What maintain did (or, on a dry run, found) for one table. */
    public record TableReport(
            String table, long filesBefore, long bytesBefore, long filesAfter, long bytesAfter, String actions) {}

    public static List<TableReport> run(Warehouse w, double retentionHours, boolean dryRun) {
        return run(w, retentionHours, dryRun, AggregateSettings.DEFAULT_ROWS_PER_FILE);
    }

    /** As {@link #run(Warehouse, double, boolean)}, gold files of about {@code goldRowsPerFile} rows. */
    public static List<TableReport> run(Warehouse w, double retentionHours, boolean dryRun, int goldRowsPerFile) {
        if (retentionHours < MIN_RETENTION_HOURS) {
            throw new UserError("VACUUM retention of " + retentionHours + " h would delete files that a running query "
                    + "or nightly run may still read; use at least " + MIN_RETENTION_HOURS + " h");
        }
        List<TableReport> out = new ArrayList<>();
        // Delta refuses retentions under 7 days unless told; ours is bounded above instead.
        Housekeeping.vacuumSession(w.spark(), retentionHours < 168, () -> {
            for (TableDef t : Tables.everything()) {
                if (w.exists(t)) {
                    out.add(maintain(w, t, retentionHours, Double.NaN, dryRun, goldRowsPerFile));
                }
            }
        });
        LOG.info("maintain: {}", out);
        return out;
    }

    /**
     * OPTIMIZE and VACUUM of one table; with a {@code logRetentionHours} (not {@link Double#NaN}) the
     * table's history ({@code delta.logRetentionDuration}) is kept at least that long too.
     */
    static TableReport maintain(
            Warehouse w,
            TableDef t,
            double retentionHours,
            double logRetentionHours,
            boolean dryRun,
            int goldRowsPerFile) {
        Detail before = detail(w, t);
        if (dryRun) {
            return new TableReport(t.name(), before.files(), before.bytes(), before.files(), before.bytes(), "dry run");
        }
        List<String> actions = new ArrayList<>();
        actions.add(optimize(w, t, goldRowsPerFile));
        // Delta's VACUUM takes its retention from the table property, not from an argument: set it
        // when the table has none or a shorter one (a longer one is time travel its owner asked for).
        double hours = keepAtLeast(w, t, DELETED_FILE_RETENTION, before.retentionHours(), retentionHours);
        String history = Double.isNaN(logRetentionHours)
                ? ""
                : ", history kept "
                        + fmt(keepAtLeast(w, t, LOG_RETENTION, before.logRetentionHours(), logRetentionHours)) + " h";
        w.delta(t).vacuum();
        actions.add("vacuumed (" + fmt(Math.ceil(hours)) + " h)" + history);
        Detail after = detail(w, t);
        return new TableReport(
                t.name(), before.files(), before.bytes(), after.files(), after.bytes(), String.join("; ", actions));
    }

    /**
     * Sets the retention property {@code key} of {@code t} to {@code wantedHours} unless the table
     * already keeps longer ({@code ownHours}, {@link Double#NaN} when it has no such property: then
     * Delta's default applies, which is nobody's choice); returns the retention now in force.
     */
    static double keepAtLeast(Warehouse w, TableDef t, String key, double ownHours, double wantedHours) {
        if (!Double.isNaN(ownHours) && ownHours >= wantedHours) {
            return ownHours;
        }
        w.spark()
                .sql("ALTER TABLE delta.`" + w.path(t) + "` SET TBLPROPERTIES ('" + key + "' = 'interval "
                        + (long) Math.ceil(wantedHours) + " hours')");
        return Math.ceil(wantedHours);
    }

    /**
     * OPTIMIZE: compaction, with Z-ORDER by the columns the table's queries filter on besides its
     * partition column where {@link #ZORDER} names them; the gold tables rewritten in period ranges
     * of about {@code goldRowsPerFile} rows; returns what it did.
     */
    static String optimize(Warehouse w, TableDef t, int goldRowsPerFile) {
        if (AggregateJob.GOLD.contains(t)) {
            Dataset<Row> rows = w.read(t);
            w.relayout(t, AggregateJob.byPeriod(rows, rows.count(), goldRowsPerFile));
            return "optimized, laid out in period ranges of about " + goldRowsPerFile + " rows";
        }
        List<String> z = ZORDER.get(t.name());
        if (z == null) {
            w.delta(t).optimize().executeCompaction();
            return "optimized";
        }
        w.delta(t).optimize().executeZOrderBy(z.toArray(new String[0]));
        return "optimized, z-ordered by " + String.join(", ", z);
    }

    static final String DELETED_FILE_RETENTION = "delta.deletedFileRetentionDuration";
    static final String LOG_RETENTION = "delta.logRetentionDuration";

    /**
     * What one DESCRIBE DETAIL says: files and bytes of the current version, and the table's own
     * retentions in hours ({@link Double#NaN} where the table sets none).
     */
    record Detail(long files, long bytes, double retentionHours, double logRetentionHours) {}

    /** numFiles, sizeInBytes and the table's own retention properties, read with one DESCRIBE DETAIL. */
    static Detail detail(Warehouse w, TableDef t) {
        Row d = w.spark()
                .sql("DESCRIBE DETAIL delta.`" + w.path(t) + "`")
                .select("numFiles", "sizeInBytes", "properties")
                .first();
        Map<String, String> props = d.isNullAt(2) ? Map.of() : d.getJavaMap(2);
        return new Detail(
                d.isNullAt(0) ? 0 : d.getLong(0),
                d.isNullAt(1) ? 0 : d.getLong(1),
                ownHours(props, DELETED_FILE_RETENTION),
                ownHours(props, LOG_RETENTION));
    }

    private static double ownHours(Map<String, String> props, String key) {
        String v = props.get(key);
        return v == null ? Double.NaN : parseIntervalHours(v);
    }

    /** {@code "interval 168 hours"}, {@code "interval 7 days"}, {@code "interval 30 minutes"} → hours; else 0. */
    static double parseIntervalHours(String interval) {
        if (interval == null) {
            return 0;
        }
        String[] p = interval.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (p.length != 3 || !p[0].equals("interval")) {
            return 0;
        }
        double n;
        try {
            n = Double.parseDouble(p[1]);
        } catch (NumberFormatException e) {
            return 0;
        }
        return switch (p[2].replaceAll("s$", "")) {
            case "week" -> n * 168;
            case "day" -> n * 24;
            case "hour" -> n;
            case "minute" -> n / 60;
            case "second" -> n / 3600;
            default -> 0;
        };
    }

    private static String fmt(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }

    /**
     * Z-ORDER columns of the silver tables: mentions and metrics by {@code published_date,
     * region_code}, documents by {@code published_date}, so data skipping reads few files. (The
     * gold tables are laid out by period instead, see {@link #optimize}.)
     */
    private static Map<String, List<String>> zorder() {
        return Map.of(
                RegionMentions.DEF.name(), List.of("published_date", "region_code"),
                Metrics.DEF.name(), List.of("published_date", "region_code"),
                Documents.DEF.name(), List.of("published_date"));
    }
}
