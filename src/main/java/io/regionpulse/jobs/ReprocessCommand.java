package io.regionpulse.jobs;

import io.regionpulse.codes.Stage;
import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.stages.Reprocess;
import io.regionpulse.tables.Documents;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.Warehouse;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code reprocess}: brings documents of a date range up to the current rules (see {@link Reprocess}). */
@Command(
        name = "reprocess",
        mixinStandardHelpOptions = true,
        description = "Re-derive documents with the current rules: re-clean from pages and/or re-extract from"
                + " text, then dedup what changed and refresh the gold tables of the affected periods.")
public final class ReprocessCommand implements Callable<Integer> {
    static final List<String> STAGES = List.of(Stage.CLEAN.code(), Stage.EXTRACT.code());

    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--stages", split = ",", description = "clean, extract or both (default: clean,extract)")
    List<String> stages = new ArrayList<>(STAGES);

    @Option(names = "--from", description = "First date (YYYY-MM-DD, inclusive; default: no lower bound)")
    String from;

    @Option(names = "--to", description = "Last date (YYYY-MM-DD, inclusive; default: no upper bound)")
    String to;

    @Option(
            names = "--by",
            description = "Which date --from/--to mean: published (documents.published_date, the default) or"
                    + " ingest (pages.ingest_date)")
    String by = "published";

    @Option(
            names = "--only-outdated",
            description = "Only documents whose version of the stage's rules differs from the current one")
    boolean onlyOutdated;

    @Option(names = "--dry-run", description = "Only count the documents each stage would reprocess")
    boolean dryRun;

    @Override
    public Integer call() {
        Reprocess.Request req = request();
        Settings s = common.settings(Map.of());
        if (!new java.io.File(s.warehouse()).isDirectory() && !s.warehouse().contains("://")) {
            throw new UserError("warehouse not found: " + s.warehouse());
        }
        if (!dryRun) {
            WarehousePath.checkWritable(s.warehouse());
        }
        var gazetteer = Main.gazetteer(s);
        PrintStream out = System.out;
        SparkSession spark = common.session(s);
        try {
            Warehouse w = new Warehouse(spark, s.warehouse());
            if (!w.exists(Documents.DEF)) {
                throw new UserError("no documents table in " + s.warehouse() + " (run jobs/pipeline.sh first)");
            }
            Instant now = Instant.now();
            RunContext ctx = new RunContext(
                    RunContext.newRunId(now, "reprocess " + String.join(",", stages)), now, s, w, gazetteer);
            if (dryRun) {
                Reprocess.dryRun(ctx, req).forEach(out::println);
                return Main.OK;
            }
            out.println("RegionPulse " + ctx.version() + "  reprocess " + ctx.runId() + "  warehouse " + s.warehouse());
            Reprocess.run(ctx, req, out);
            return Main.OK;
        } finally {
            spark.stop();
        }
    }

    /** The options as a request; a mistake is one line and exit 2. */
    Reprocess.Request request() {
        List<Stage> chosen = new ArrayList<>();
        for (String st : stages) {
            if (!STAGES.contains(st)) {
                throw new UserError("reprocess stages are clean and extract, got '" + st + "'");
            }
            chosen.add(Stage.valueOf(st.toUpperCase(java.util.Locale.ROOT)));
        }
        if (!List.of("published", "ingest").contains(by)) {
            throw new UserError("--by takes published or ingest, got '" + by + "'");
        }
        LocalDate f = date("--from", from);
        LocalDate t = date("--to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw new UserError("--from " + f + " is after --to " + t);
        }
        return new Reprocess.Request(chosen.stream().sorted().toList(), f, t, by.equals("ingest"), onlyOutdated);
    }

    static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new UserError(option + " takes a date YYYY-MM-DD, got '" + value + "'");
        }
    }
}
