package io.regionpulse.jobs;

import io.regionpulse.codes.Stage;
import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.stages.InputFiles;
import io.regionpulse.stages.Pipeline;
import io.regionpulse.warehouse.Errors;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.Sessions;
import io.regionpulse.warehouse.Warehouse;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The one entry point: {@code pipeline}, {@code sql}, {@code inspect}, {@code dictionary}, ...
 * {@code main} only exits with {@link #run}'s code; everything below returns or throws.
 * Exit codes: 0 success, 1 failure, 2 user error, 3 nothing to do (nightly).
 */
@Command(
        name = "regionpulse",
        mixinStandardHelpOptions = true,
        version = RunContext.VERSION,
        subcommands = {
            Main.PipelineCmd.class,
            Main.SqlCmd.class,
            InspectCommand.class,
            Main.DictionaryCmd.class,
            io.regionpulse.jobs.ReportCommand.class,
            io.regionpulse.jobs.ExportCommand.class,
            io.regionpulse.jobs.ServeCommand.class,
            NightlyCommand.class,
            MaintainCommand.class,
            ReprocessCommand.class
        },
        description = "Chinese news pages → Delta tables of region mentions, metrics, co-mentions and timelines.")
public final class Main implements Callable<Integer> {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Main.class);
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NOTHING_TO_DO = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            int code = exitCode(ex);
            cmd.getErr().println("regionpulse: " + message(ex));
            if (code == FAILED && !Errors.isConcurrentWrite(ex)) {
                if (System.getenv("RP_DEBUG") != null) {
                    ex.printStackTrace(cmd.getErr());
                } else {
                    LOG.debug("failure", ex);
                }
            }
            return code;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("regionpulse: " + ex.getMessage() + " (see --help)");
            return USAGE;
        });
        return cl.execute(args);
    }

    /** The exit code for a failure: 2 for the user's mistakes (bad SQL, bad path), 1 otherwise. */
    public static int exitCode(Throwable ex) {
        if (find(ex, UserError.class) != null) {
            return USAGE;
        }
        if (Errors.isConcurrentWrite(ex)) {
            return FAILED;
        }
        if (find(ex, org.apache.spark.sql.AnalysisException.class) != null) {
            return USAGE;
        }
        return Errors.filesystemProblem(ex) != null ? USAGE : FAILED;
    }

    /** The one line printed after {@code regionpulse: }. */
    public static String message(Throwable ex) {
        UserError ue = find(ex, UserError.class);
        if (ue != null) {
            return ue.getMessage();
        }
        if (Errors.isConcurrentWrite(ex)) {
            return "another run wrote the same warehouse table at the same time (Delta concurrent write conflict: "
                    + Errors.firstLine(Errors.concurrentWrite(ex))
                    + "); this run stopped, its stage is marked failed in runs: rerun it";
        }
        var ae = find(ex, org.apache.spark.sql.AnalysisException.class);
        if (ae != null) {
            return Errors.firstLine(ae);
        }
        String fs = Errors.filesystemProblem(ex);
        if (fs != null) {
            return fs;
        }
        return "failed: " + ex.getClass().getSimpleName() + ": " + Errors.firstLine(ex)
                + " (RP_DEBUG=1 prints the stack trace)";
    }

    private static <T extends Throwable> T find(Throwable ex, Class<T> type) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return USAGE;
    }

    /** Options every Spark command shares. */
    public static class Common {
        @Option(names = "--warehouse", description = "Warehouse folder or URI (default: ./warehouse)")
        String warehouse;

        @Option(
                names = "--master",
                description = "Spark master (default local[*]; spark-submit's master wins when not given)")
        String master;

        @Option(names = "--conf", description = "Configuration overlay file (e.g. conf/cluster.conf)")
        String conf;

        @Option(names = "--set", description = "Override one setting: --set regionpulse.clean.min-chars=50")
        List<String> sets = new ArrayList<>();

        public Settings settings(Map<String, Object> extra) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (String s : sets) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    throw new UserError("--set takes key=value, got: " + s);
                }
                o.put(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            }
            if (warehouse != null) {
                o.put(Settings.WAREHOUSE, warehouse);
            }
            if (master != null) {
                o.put(Settings.MASTER, master);
            }
            o.putAll(extra);
            return Settings.load(conf, o);
        }

        /** Under spark-submit (spark.master already set) the submit command decides unless --master was given. */
        public SparkSession session(Settings s) {
            boolean submitted = System.getProperty("spark.master") != null;
            if (submitted) {
                return Sessions.submitted(s.warehouse(), master, s.shufflePartitions());
            }
            return Sessions.local(s.master(), s.warehouse(), s.shufflePartitions());
        }
    }

    /** The gazetteer bundled in the jar, or a user's own copy when regionpulse.gazetteer.path is set. */
    public static Gazetteer gazetteer(Settings s) {
        String p = s.gazetteerPath();
        if (p == null || p.isBlank()) {
            return Gazetteer.fromClasspath();
        }
        java.nio.file.Path dir = java.nio.file.Path.of(p);
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new UserError("gazetteer folder not found: " + p);
        }
        return Gazetteer.load(dir);
    }

    @Command(
            name = "pipeline",
            mixinStandardHelpOptions = true,
            description =
                    "Run the pipeline stages over the inputs into the warehouse; prints per-stage counts and the top regions.")
    static class PipelineCmd implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--input", description = "File, folder or glob to ingest (repeatable; default: samples/)")
        List<String> inputs = new ArrayList<>();

        @Option(
                names = "--stages",
                split = ",",
                description = "Stages to run (default: ingest,clean,dedup,extract,aggregate)")
        List<String> stages = new ArrayList<>(Pipeline.STAGES);

        @Option(names = "--quiet", description = "No summary at the end")
        boolean quiet;

        @Override
        public Integer call() {
            for (String st : stages) {
                if (!Pipeline.STAGES.contains(st)) {
                    throw new UserError(
                            "unknown stage '" + st + "' (stages: " + String.join(",", Pipeline.STAGES) + ")");
                }
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            if (!inputs.isEmpty()) {
                extra.put(Settings.INPUT, inputs);
            }
            Settings s = common.settings(extra);
            if (stages.contains(Stage.INGEST.code())) {
                // Fail fast on a missing input before Spark starts.
                InputFiles.expand(s.inputs(), new org.apache.hadoop.conf.Configuration());
            }
            WarehousePath.checkWritable(s.warehouse());
            io.regionpulse.warehouse.Lexicons.stopWords(); // a missing word list stops the run before Spark starts
            PrintStream out = System.out;
            SparkSession spark = common.session(s);
            try {
                Warehouse w = new Warehouse(spark, s.warehouse());
                Instant now = Instant.now();
                RunContext ctx =
                        new RunContext(RunContext.newRunId(now, String.join(" ", s.inputs())), now, s, w, gazetteer(s));
                out.println("RegionPulse " + ctx.version() + "  run " + ctx.runId() + "  warehouse " + s.warehouse());
                Pipeline.run(ctx, stages, s.inputs(), out);
                if (!quiet) {
                    Pipeline.summary(
                            w,
                            io.regionpulse.aggregate.AggregateSettings.from(s.config())
                                    .maxMentionsPerDocumentRegion(),
                            out);
                }
                return OK;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(
            name = "sql",
            mixinStandardHelpOptions = true,
            description = "Run one SQL statement against the warehouse tables.")
    static class SqlCmd implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Option(names = "--format", description = "table, csv or json (default: table)")
        String format = "table";

        @Option(names = "--limit", description = "Rows to print at most (default: 1000)")
        int limit = 1000;

        @Parameters(arity = "1..*", description = "The SQL statement")
        List<String> sql;

        @Override
        public Integer call() {
            if (!List.of("table", "csv", "json").contains(format)) {
                throw new UserError("--format must be table, csv or json");
            }
            Settings s = common.settings(Map.of());
            if (!new java.io.File(s.warehouse()).exists() && !s.warehouse().contains("://")) {
                throw new UserError("warehouse not found: " + s.warehouse() + " (run jobs/pipeline.sh first)");
            }
            WarehousePath.checkReadable(s.warehouse());
            SparkSession spark = common.session(s);
            try {
                new Warehouse(spark, s.warehouse()).registerExisting();
                SqlOutput.print(spark.sql(String.join(" ", sql)), format, limit, System.out);
                return OK;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(
            name = "dictionary",
            mixinStandardHelpOptions = true,
            description = "Print the data dictionary (Markdown) of every table.")
    static class DictionaryCmd implements Callable<Integer> {
        @Override
        public Integer call() {
            System.out.print(DataDictionary.markdown());
            return OK;
        }
    }
}
