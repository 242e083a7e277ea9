package io.regionpulse.stages;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
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
        ctx.warehouse().ensureAll();
        Set<String> stopWords = Lexicons.stopWords();
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
            Instant started = Instant.now();
            out.printf("%-9s … %n", stage.code());
            StageResult r;
            try {
                r = job.get();
            } catch (RuntimeException e) {
                Instant failed = Instant.now();
                LOG.error("stage {} failed", stage, e);
                RunLog.record(
                        ctx,
                        new StageResult(stage, RunStatus.FAILED, 0, 0, 0, String.valueOf(e.getMessage())),
                        started,
                        failed);
                throw e;
            }
            Instant finished = Instant.now();
            RunLog.record(ctx, r, started, finished);
            results.add(r);
            double secs = Math.max(0.001, Duration.between(started, finished).toMillis() / 1000.0);
            out.printf(
                    "%-9s %-13s in=%-8d out=%-8d rejected=%-6d %6.1fs %8.1f rows/s%s%n",
                    stage.code(),
                    r.status().code(),
                    r.input(),
                    r.output(),
                    r.rejected(),
                    secs,
                    r.input() / secs,
                    r.detail() == null ? "" : "  (" + r.detail() + ")");
        }
        return results;
    }

    /** Prints the table sizes and the most-mentioned regions. */
    public static void summary(Warehouse w, PrintStream out) {
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
                            "SELECT region_name, region_code, count(*) AS mentions, count(DISTINCT doc_id) AS documents "
                                    + "FROM region_mentions GROUP BY region_name, region_code ORDER BY mentions DESC, region_code LIMIT 10")
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
