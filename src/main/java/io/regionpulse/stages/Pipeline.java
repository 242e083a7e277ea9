package io.regionpulse.stages;

import io.regionpulse.codes.Stage;
import io.regionpulse.warehouse.Errors;
import io.regionpulse.warehouse.Lexicons;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.RunLog;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the chosen stages in order, records each in {@code runs}, prints counts as it goes. */
public final class Pipeline {
    public static final List<String> STAGES = io.regionpulse.codes.Code.codes(Stage.class);
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private Pipeline() {}

    public static List<StageResult> run(RunContext ctx, List<String> stages, List<String> inputs, PrintStream out) {
        Set<String> stopWords = Lexicons.stopWords();
        prepare(ctx, stages, out);
        List<StageResult> results = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!stages.contains(stage.code())) {
                continue;
            }
            Supplier<StageResult> job =
                    switch (stage) {
                        case INGEST -> () -> IngestJob.run(ctx, inputs);
                        case CLEAN -> () -> CleanJob.run(ctx);
                        case DEDUP -> () -> DedupJob.run(ctx);
                        case EXTRACT -> () -> ExtractJob.run(ctx, stopWords);
                        case AGGREGATE -> () -> AggregateJob.run(ctx);
                    };
            results.add(runStage(ctx, stage, job, out));
        }
        return results;
    }

    /**
     * Creates missing tables and columns (a failure there is on the record too) and marks the
     * stages of runs whose process is gone as abandoned.
     */
    public static void prepare(RunContext ctx, List<String> stages, PrintStream out) {
        try {
            ctx.warehouse().ensureAll();
        } catch (Throwable e) { // e.g. two first runs racing to create the tables: on the record too
            Stage first = Stage.values()[0];
            for (Stage st : Stage.values()) {
                if (stages.contains(st.code())) {
                    first = st;
                    break;
                }
            }
            try {
                if (ctx.warehouse().exists(io.regionpulse.tables.Runs.DEF)) {
                    Instant now = Instant.now();
                    RunLog.record(ctx, StageResult.failed(first, e), now, now);
                }
            } catch (RuntimeException logFailure) {
                e.addSuppressed(logFailure);
            }
            throw e;
        }
        try {
            int abandoned = RunLog.markAbandoned(ctx);
            if (abandoned > 0) {
                out.printf(
                        "runs: %d stage(s) of earlier runs were left running by a process that is gone: marked abandoned%n",
                        abandoned);
            }
        } catch (RuntimeException e) {
            LOG.warn("runs: could not check for abandoned stages: {}", Errors.firstLine(e));
        }
    }

    /** Runs one stage with its {@code runs} row (running, then its result or failed) and prints its counts. */
    public static StageResult runStage(RunContext ctx, Stage stage, Supplier<StageResult> job, PrintStream out) {
        Instant started = Instant.now();
        StageResult r;
        try {
            RunLog.start(ctx, stage, started);
            out.printf("%-9s … %n", stage.code()); // after the running row: a kill from here on is on the record
            r = job.get();
        } catch (Throwable e) { // any failure, Spark's checked exceptions and errors included, is on the record
            Instant failed = Instant.now();
            LOG.error("stage {} failed: {}", stage.code(), Errors.firstLine(e));
            LOG.debug("stage {} failed", stage, e); // the trace, for RP_LOG_LEVEL=DEBUG
            out.printf("%-9s failed: %s%n", stage.code(), Errors.firstLine(e));
            try {
                RunLog.record(ctx, StageResult.failed(stage, e), started, failed);
            } catch (RuntimeException logFailure) {
                e.addSuppressed(logFailure);
            }
            throw e;
        }
        Instant finished = Instant.now();
        RunLog.record(ctx, r, started, finished);
        double secs = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
        out.printf(
                "%-9s %-13s in=%-8d out=%-8d rejected=%-6d%s %6.1fs %8.1f rows/s%s%n",
                stage.code(),
                r.status().code(),
                r.input(),
                r.output(),
                r.rejected(),
                r.duplicates() > 0 ? " duplicates=" + r.duplicates() : "",
                secs,
                r.input() / secs,
                r.detail() == null ? "" : "  (" + r.detail() + ")");
        return r;
    }

    /** Prints the table sizes and the most-mentioned regions (mentions per document capped at the default). */
    public static void summary(Warehouse w, PrintStream out) {
        summary(w, io.regionpulse.aggregate.AggregateSettings.DEFAULT_MAX_MENTIONS_PER_DOCUMENT_REGION, out);
    }

    /** Prints the table sizes and the most-mentioned regions, counting at most {@code maxMentions} per document. */
    public static void summary(Warehouse w, int maxMentions, PrintStream out) {
        out.println();
        out.println("tables in " + w.root() + ":");
        for (var t : io.regionpulse.tables.Tables.ALL) {
            if (w.exists(t)) {
                out.printf("  %-17s %,10d rows%n", t.name(), w.read(t).count());
            }
        }
        if (w.exists(io.regionpulse.tables.RegionMentions.DEF)) {
            List<Row> top = w.spark()
                    .sql(
                            // mentions per document capped as in the gold tables: one spam page cannot top the list
                            "SELECT region_name, region_code, sum(least(n, " + maxMentions + ")) AS mentions, "
                                    + "count(*) AS documents FROM (SELECT doc_id, region_name, region_code, count(*) AS n "
                                    + "FROM region_mentions GROUP BY doc_id, region_name, region_code) "
                                    + "GROUP BY region_name, region_code ORDER BY mentions DESC, region_code LIMIT 10")
                    .collectAsList();
            out.println();
            out.println("top regions:");
            for (Row r : top) {
                out.printf(
                        "  %-14s %-8s %6d mentions in %d documents%n",
                        r.getString(0), r.getString(1), r.getLong(2), r.getLong(3));
            }
        }
    }
}
