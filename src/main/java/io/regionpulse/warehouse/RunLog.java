package io.regionpulse.warehouse;

import io.delta.tables.DeltaTable;
import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import io.regionpulse.tables.Runs;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code runs} table's bookkeeping: a {@code running} row when a stage starts, completed
 * (succeeded, nothing_to_do, failed) when it ends, and {@code abandoned} for a running row whose
 * process is gone (killed), set by the next run. Writes retry on Delta's concurrent-modification
 * conflicts, since two runs may log at once.
 */
public final class RunLog {
    private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);
    /** A running row of another host is taken as abandoned after this long (its pid cannot be checked). */
    static final Duration FOREIGN_STALE_AFTER = Duration.ofHours(24);

    private static final int ATTEMPTS = 5;

    private RunLog() {}

    /** This JVM as {@code pid@host}. */
    public static String driver() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "localhost";
        }
        return ManagementFactory.getRuntimeMXBean().getPid() + "@" + host;
    }

    static Row row(RunContext ctx, StageResult r, Instant started, Instant finished) {
        return RowFactory.create(
                ctx.runId(),
                r.stage().code(),
                started,
                finished,
                r.status().code(),
                r.input(),
                r.output(),
                r.rejected(),
                ctx.settings().toJson(),
                ctx.version(),
                r.detail(),
                r.duplicates(),
                driver());
    }

    /** The {@code running} row of a stage that starts now. */
    public static void start(RunContext ctx, Stage stage, Instant started) {
        upsert(ctx, new StageResult(stage, RunStatus.RUNNING, 0, 0, 0, 0, null), started, started);
    }

    /** The stage's final row (replaces its running row). */
    public static void record(RunContext ctx, StageResult r, Instant started, Instant finished) {
        upsert(ctx, r, started, finished);
    }

    private static void upsert(RunContext ctx, StageResult r, Instant started, Instant finished) {
        Warehouse w = ctx.warehouse();
        Dataset<Row> src = w.spark().createDataFrame(List.of(row(ctx, r, started, finished)), Runs.DEF.schema());
        retrying("runs row " + r.stage().code() + "=" + r.status().code(), () -> {
            w.delta(Runs.DEF)
                    .as("t")
                    .merge(src.as("s"), "t.run_id = s.run_id AND t.stage = s.stage")
                    .whenMatched()
                    .updateAll()
                    .whenNotMatched()
                    .insertAll()
                    .execute();
            return null;
        });
    }

    /**
     * Marks {@code running} rows of other runs whose process is gone as {@code abandoned}: same
     * host and the pid no longer alive, or another host and older than a day. Returns how many.
     */
    public static int markAbandoned(RunContext ctx) {
        Warehouse w = ctx.warehouse();
        if (!w.exists(Runs.DEF)) {
            return 0;
        }
        List<Row> running = w.read(Runs.DEF)
                .filter(functions.col("status").equalTo(RunStatus.RUNNING.code()))
                .filter(functions.col("run_id").notEqual(ctx.runId()))
                .select("run_id", "stage", "started_at", "driver")
                .collectAsList();
        String me = driver();
        Instant now = Instant.now();
        List<String[]> stale = new ArrayList<>();
        for (Row r : running) {
            Instant startedAt = r.getAs("started_at");
            if (isGone(r.getAs("driver"), me, startedAt, now)) {
                stale.add(new String[] {r.getString(0), r.getString(1), r.getAs("driver")});
            }
        }
        for (String[] s : stale) {
            String detail = "abandoned: its process " + (s[2] == null ? "(unknown)" : s[2])
                    + " ended without finishing the stage (killed or crashed); found by run " + ctx.runId();
            retrying("abandon " + s[0] + " " + s[1], () -> {
                DeltaTable.forPath(w.spark(), w.path(Runs.DEF))
                        .update(
                                functions
                                        .col("run_id")
                                        .equalTo(s[0])
                                        .and(functions.col("stage").equalTo(s[1]))
                                        .and(functions.col("status").equalTo(RunStatus.RUNNING.code())),
                                Map.of(
                                        "status", functions.lit(RunStatus.ABANDONED.code()),
                                        "finished_at", functions.lit(java.sql.Timestamp.from(now)),
                                        "detail", functions.lit(detail)));
                return null;
            });
            LOG.warn("runs: {} {} was left running by {}: marked abandoned", s[0], s[1], s[2]);
        }
        return stale.size();
    }

    /** Whether the process that wrote a running row is gone (pure, for tests). */
    public static boolean isGone(String driver, String me, Instant startedAt, Instant now) {
        if (driver == null || !driver.contains("@")) {
            return startedAt == null || startedAt.plus(FOREIGN_STALE_AFTER).isBefore(now);
        }
        String host = driver.substring(driver.indexOf('@') + 1);
        String myHost = me.substring(me.indexOf('@') + 1);
        if (!host.equals(myHost)) {
            return startedAt == null || startedAt.plus(FOREIGN_STALE_AFTER).isBefore(now);
        }
        if (driver.equals(me)) {
            return false; // this very process (an earlier run in the same JVM is finished by then)
        }
        try {
            long pid = Long.parseLong(driver.substring(0, driver.indexOf('@')));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** Runs a write, retrying on Delta's concurrent-modification conflicts (another run logging). */
    static <T> T retrying(String what, Supplier<T> write) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return write.get();
            } catch (RuntimeException e) {
                if (!Errors.isConcurrentWrite(e)) {
                    throw e;
                }
                last = e;
                LOG.info("{}: concurrent write, retry {}", what, attempt);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }
}
