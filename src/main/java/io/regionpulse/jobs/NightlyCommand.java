package io.regionpulse.jobs;

import static org.apache.spark.sql.functions.col;

import io.regionpulse.codes.Stage;
import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.stages.InputFiles;
import io.regionpulse.stages.Pipeline;
import io.regionpulse.tables.Pages;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The scheduled run: one day's crawl folder ({@code regionpulse.nightly.input-pattern} with
 * {@code {date}} → {@code 2024-03-01}) through every stage. Stage progress goes to stderr; stdout
 * gets exactly one summary line, and the exit code tells the scheduler what happened:
 * {@link Main#OK} 0 done, {@link Main#NOTHING_TO_DO} 3 (folder missing or empty, or nothing new
 * and nothing pending), {@link Main#FAILED} 1, {@link Main#USAGE} 2.
 *
 * <p>Rerunning a date is safe and is how a crashed night is finished: ingest adds only pages not
 * seen before, and clean/extract pick up whatever a killed run left pending.
 */
@Command(
        name = "nightly",
        mixinStandardHelpOptions = true,
        description = "Ingest one day's crawl folder and run every stage; one summary line on stdout; "
                + "exit 0 done, 3 nothing to do, 1 failed, 2 usage error.")
public final class NightlyCommand implements Callable<Integer> {
    public static final String INPUT_PATTERN = "regionpulse.nightly.input-pattern";

    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--date", required = true, description = "The crawl day, YYYY-MM-DD")
    String date;

    @Override
    public Integer call() {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new UserError("--date must be YYYY-MM-DD, got: " + date);
        }
        PrintStream out = System.out;
        Settings base = common.settings(Map.of());
        String input = inputFor(base.config().getString(INPUT_PATTERN), day);
        int files = countFiles(input);
        if (files == 0) {
            out.printf("nightly %s: nothing to do (no input files at %s)%n", day, input);
            return Main.NOTHING_TO_DO;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put(Settings.INPUT, List.of(input));
        Settings s = common.settings(extra);
        WarehousePath.checkWritable(s.warehouse());
        Instant started = Instant.now();
        SparkSession spark = common.session(s);
        String runId = RunContext.newRunId(started, "nightly " + day + " " + input);
        try {
            Warehouse w = new Warehouse(spark, s.warehouse());
            RunContext ctx = new RunContext(runId, started, s, w, Main.gazetteer(s));
            // Per-stage lines go to stderr so that stdout stays one line for the scheduler's log.
            PrintStream progress = System.err;
            progress.println("RegionPulse " + ctx.version() + "  nightly " + day + "  run " + runId + "  warehouse "
                    + s.warehouse());
            List<StageResult> results = new ArrayList<>(Pipeline.run(
                    ctx, codes(Stage.INGEST, Stage.CLEAN, Stage.DEDUP, Stage.EXTRACT), s.inputs(), progress));
            long newPages =
                    w.read(Pages.DEF).filter(col("run_id").equalTo(runId)).count();
            StageResult ingest = find(results, Stage.INGEST);
            StageResult clean = find(results, Stage.CLEAN);
            StageResult extract = find(results, Stage.EXTRACT);
            boolean nothing = newPages == 0 && clean.input() == 0 && extract.input() == 0;
            if (!nothing) {
                results.addAll(Pipeline.run(ctx, codes(Stage.AGGREGATE), s.inputs(), progress));
            }
            double secs = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            out.printf(
                    "nightly %s: %s: %d files, %d records, %d new pages, %d ingest rejects, %d documents, %d clean rejects, "
                            + "%d documents extracted (%s) in %.1fs, run %s%n",
                    day,
                    nothing ? "nothing to do (no new pages, nothing pending)" : "ok",
                    files,
                    ingest.input(),
                    newPages,
                    ingest.rejected(),
                    clean.output(),
                    clean.rejected(),
                    extract.input(),
                    extract.detail() == null ? "-" : extract.detail(),
                    secs,
                    runId);
            return nothing ? Main.NOTHING_TO_DO : Main.OK;
        } catch (Throwable e) { // Spark's checked exceptions too
            out.printf("nightly %s: failed: %s (run %s)%n", day, io.regionpulse.warehouse.Errors.firstLine(e), runId);
            throw e;
        } finally {
            spark.stop();
        }
    }

    /** {@code "crawl/{date}"} → {@code "crawl/2024-03-01"}; also {yyyy}, {MM}, {dd} for dated folder trees. */
    public static String inputFor(String pattern, LocalDate day) {
        return pattern.replace("{date}", day.toString())
                .replace("{yyyy}", String.format("%04d", day.getYear()))
                .replace("{MM}", String.format("%02d", day.getMonthValue()))
                .replace("{dd}", String.format("%02d", day.getDayOfMonth()));
    }

    /** Input files under the day's path (0 when it does not exist), before any Spark starts. */
    static int countFiles(String input) {
        Configuration conf = new Configuration();
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                return 0;
            }
        } catch (IOException e) {
            throw new UserError("cannot read input " + input + ": " + e.getMessage());
        }
        return InputFiles.expand(List.of(input), conf).size();
    }

    private static List<String> codes(Stage... stages) {
        return java.util.Arrays.stream(stages).map(Stage::code).toList();
    }

    private static StageResult find(List<StageResult> results, Stage stage) {
        return results.stream().filter(r -> r.stage() == stage).findFirst().orElse(StageResult.of(stage, 0, 0, 0));
    }
}
