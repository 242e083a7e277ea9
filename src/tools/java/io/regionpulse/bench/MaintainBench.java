package io.regionpulse.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

import io.regionpulse.config.Settings;
import io.regionpulse.gen.CorpusGenerator;
import io.regionpulse.jobs.Main;
import io.regionpulse.stages.Maintenance;
import io.regionpulse.stages.Maintenance.TableReport;
import io.regionpulse.stages.Pipeline;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.Warehouse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.StructField;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code maintain} after many small nightly runs: generates {@code --days} crawl days of {@code
 * --per-day} pages ({@link CorpusGenerator} in crawl-day mode, one folder a day), runs every stage
 * over each day in turn into one warehouse (what {@code jobs/nightly.sh} runs, in one JVM and one
 * Spark session so the bench costs the stages, not 30 JVM start-ups), then records per table the
 * files and bytes of the current version, the parquet files on disk, a fingerprint of its rows
 * (count and an order-independent sum of row hashes) and the answers of a few analysts' queries;
 * runs {@link Maintenance#run} and records the same again.
 *
 * <pre>
 * jobs/bench.sh --maintain 30 --day 100      # or: rp_tool io.regionpulse.bench.MaintainBench --out DIR
 * </pre>
 *
 * Exit 0 when every table with more files than partitions has fewer files in its current version
 * (OPTIMIZE compacts within a partition: one file per partition is as compact as it gets) and
 * every fingerprint and query answer is unchanged, 1 otherwise. Prints a Markdown table for docs/benchmarks.md.
 */
@Command(
        name = "maintain-bench",
        mixinStandardHelpOptions = true,
        description = "N small nightly runs into one warehouse, then maintain: files before/after, rows unchanged.")
public final class MaintainBench implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Work folder (crawl days and the warehouse)")
    Path out;

    @Option(names = "--days", defaultValue = "30", description = "Nightly runs (default ${DEFAULT-VALUE})")
    int days;

    @Option(names = "--per-day", defaultValue = "100", description = "Pages per crawl day (default ${DEFAULT-VALUE})")
    int perDay;

    @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default ${DEFAULT-VALUE})")
    String master;

    @Option(
            names = "--retention-hours",
            defaultValue = "168",
            description = "maintain's VACUUM retention (default ${DEFAULT-VALUE}, Delta's own default)")
    double retentionHours;

    @Option(
            names = "--max-minutes",
            defaultValue = "0",
            description = "Start no night after this many minutes; maintain the nights done (0 = all --days)")
    int maxMinutes;

    @Option(
            names = "--fresh",
            description = "Start from an empty warehouse (default: continue after the nights an earlier run"
                    + " finished; maintain works on a copy, warehouse-maintained)")
    boolean fresh;

    /**
     * Analysts' questions whose answers must not change: the most-mentioned regions, one region's
     * months, the busiest co-mention pairs, metric series, keywords, documents per day.
     */
    static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put(
                "top regions (mentions)",
                "SELECT region_code, sum(mentions) m, sum(documents) d FROM region_timeline WHERE granularity = 'day' "
                        + "GROUP BY region_code ORDER BY m DESC, region_code LIMIT 20");
        q.put(
                "北京 by month",
                "SELECT period_start, mentions, documents, share_of_documents FROM region_timeline "
                        + "WHERE granularity = 'month' AND region_code = '110000' ORDER BY period_start");
        q.put(
                "co-mention pairs by week",
                "SELECT period_start, region_a, region_b, co_documents, round(npmi, 9) FROM region_comention "
                        + "WHERE granularity = 'week' ORDER BY co_documents DESC, period_start, region_a, region_b LIMIT 50");
        q.put(
                "metric series",
                "SELECT region_code, indicator_code, unit, period_start, observations, round(value_avg, 6) "
                        + "FROM metric_timeline WHERE granularity = 'month' "
                        + "ORDER BY observations DESC, region_code, indicator_code, unit, period_start LIMIT 50");
        q.put(
                "keywords of the top region",
                "SELECT k.period_start, k.keyword, k.documents, round(k.lift, 9) FROM region_keywords k "
                        + "WHERE k.granularity = 'month' AND k.region_code = (SELECT region_code FROM region_mentions "
                        + "GROUP BY region_code ORDER BY count(*) DESC, region_code LIMIT 1) "
                        + "ORDER BY k.period_start, k.documents DESC, k.keyword LIMIT 50");
        q.put(
                "documents per published day",
                "SELECT published_date, count(*), count(DISTINCT story_id), sum(char_count) FROM documents "
                        + "GROUP BY published_date ORDER BY published_date");
        q.put(
                "mentions of 重庆 per level",
                "SELECT region_level, match_type, count(*) FROM region_mentions WHERE province_code = '500000' "
                        + "GROUP BY region_level, match_type ORDER BY region_level, match_type");
        return q;
    }

    /** One table's state: files and bytes of the current version, parquet files on disk, rows and fingerprint. */
    record TableState(long files, long bytes, long diskFiles, long rows, String fingerprint, long partitions) {}

    public static void main(String[] args) {
        System.exit(new CommandLine(new MaintainBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        out = out.toAbsolutePath();
        Path wh = out.resolve("warehouse");
        LocalDate start = LocalDate.parse("2024-01-01");
        List<Path> dayDirs = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            Path dir = out.resolve("crawl").resolve(start.plusDays(d).toString());
            dayDirs.add(dir);
            String manifest = dir.resolve("manifest.json").toFile().isFile()
                    ? Files.readString(dir.resolve("manifest.json"))
                    : "";
            if (!manifest.contains("\"first_doc\":" + ((long) d * perDay) + ",")
                    || !manifest.contains("\"seed\":" + seed)) {
                int rc = new CommandLine(new CorpusGenerator())
                        .execute(
                                "--docs", String.valueOf(perDay),
                                "--first-doc", String.valueOf((long) d * perDay),
                                "--out", dir.toString(),
                                "--seed", String.valueOf(seed),
                                "--crawl-start", start.toString(),
                                "--per-day", String.valueOf(perDay),
                                "--bad-ratio", "0.02",
                                "--max-oversize", "0",
                                "--threads", "1");
                if (rc != 0) {
                    throw new IllegalStateException("generator failed for day " + d);
                }
            }
        }
        Settings s = Settings.load(null, Map.of(Settings.WAREHOUSE, wh.toString(), Settings.MASTER, master));
        SparkSession spark = new Main.Common().session(s);
        PrintStream err = System.err;
        try {
            Warehouse w = new Warehouse(spark, wh.toString());
            if (fresh) {
                deleteTree(wh);
            }
            int done = nightsDone(w);
            var gazetteer = Main.gazetteer(s);
            long nightsCpu0 = cpuMillis();
            long nightsWall0 = System.nanoTime();
            int d = done;
            for (; d < days; d++) {
                if (maxMinutes > 0 && System.nanoTime() - nightsWall0 > maxMinutes * 60_000_000_000L) {
                    err.printf(
                            "== --max-minutes %d reached after night %d: maintaining what is there%n", maxMinutes, d);
                    break;
                }
                List<String> input = inputsOf(dayDirs.get(d));
                // the night after the crawl day, as the scheduler would start it (pages.ingest_date)
                Instant started = start.plusDays(d + 1L).atTime(2, 30).toInstant(java.time.ZoneOffset.UTC);
                RunContext ctx = new RunContext(
                        RunContext.newRunId(started, "nightly " + dayDirs.get(d).getFileName()),
                        started,
                        s,
                        w,
                        gazetteer);
                err.printf("== night %d/%d: %s%n", d + 1, days, dayDirs.get(d).getFileName());
                Pipeline.run(ctx, Pipeline.STAGES, input, err);
            }
            double nightsCpu = (cpuMillis() - nightsCpu0) / 1000.0;
            double nightsWall = (System.nanoTime() - nightsWall0) / 1e9;
            // maintain a copy: the nights' warehouse stays as the nights left it, so a later run adds nights
            Path copy = out.resolve("warehouse-maintained");
            deleteTree(copy);
            copyTree(wh, copy);
            w = new Warehouse(spark, copy.toString());
            w.registerExisting();
            Map<String, TableState> before = states(w);
            Map<String, List<String>> answersBefore = answers(spark);

            long cpu0 = cpuMillis();
            long wall0 = System.nanoTime();
            List<TableReport> reports = Maintenance.run(w, retentionHours, false);
            double maintainCpu = (cpuMillis() - cpu0) / 1000.0;
            double maintainWall = (System.nanoTime() - wall0) / 1e9;

            spark.catalog().clearCache();
            w.registerExisting();
            Map<String, TableState> after = states(w);
            Map<String, List<String>> answersAfter = answers(spark);
            boolean ok = report(
                    before,
                    after,
                    reports,
                    answersBefore,
                    answersAfter,
                    d,
                    d - done,
                    nightsWall,
                    nightsCpu,
                    maintainWall,
                    maintainCpu);
            return ok ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

    /** The input folders of one generated crawl day (its manifest and truth are not crawl input). */
    static List<String> inputsOf(Path day) {
        try (Stream<Path> s = Files.list(day)) {
            return s.filter(Files::isDirectory).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nights that finished: succeeded or nothing-to-do aggregate rows in {@code runs}. */
    static int nightsDone(Warehouse w) {
        if (!w.exists(io.regionpulse.tables.Runs.DEF)) {
            return 0;
        }
        return (int) w.read(io.regionpulse.tables.Runs.DEF)
                .filter(col("stage").equalTo("aggregate").and(col("status").isin("succeeded", "nothing_to_do")))
                .count();
    }

    static Map<String, TableState> states(Warehouse w) {
        Map<String, TableState> m = new LinkedHashMap<>();
        for (TableDef t : Tables.everything()) {
            if (!w.exists(t)) {
                continue;
            }
            Row d = w.spark()
                    .sql("DESCRIBE DETAIL delta.`" + w.path(t) + "`")
                    .select("numFiles", "sizeInBytes")
                    .first();
            Row f = fingerprint(w.read(t)).first();
            m.put(
                    t.name(),
                    new TableState(
                            d.getLong(0),
                            d.getLong(1),
                            diskFiles(Path.of(w.path(t).replaceFirst("^file:", ""))),
                            f.getLong(0),
                            f.isNullAt(1) ? "-" : f.get(1).toString(),
                            t.partitionColumns().isEmpty()
                                    ? 1
                                    : w.read(t)
                                            .select(t.partitionColumns().stream()
                                                    .map(c -> col("`" + c + "`"))
                                                    .toArray(Column[]::new))
                                            .distinct()
                                            .count()));
        }
        return m;
    }

    /**
     * Row count and the sum of a 64-bit hash of every row's JSON (binary columns by their SHA-256):
     * the same multiset of rows gives the same pair whatever the files and their order.
     */
    static Dataset<Row> fingerprint(Dataset<Row> rows) {
        List<Column> cols = new ArrayList<>();
        for (StructField f : rows.schema().fields()) {
            Column c = col("`" + f.name() + "`");
            cols.add(f.dataType() instanceof BinaryType ? sha2(c, 256).as(f.name()) : c);
        }
        Column h = xxhash64(to_json(struct(cols.toArray(new Column[0])))).cast("decimal(38,0)");
        return rows.agg(org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum(h));
    }

    static long diskFiles(Path table) {
        if (!Files.isDirectory(table)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(table)) {
            return s.filter(p -> !p.toString().contains("_delta_log")
                            && p.getFileName().toString().endsWith(".parquet"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, List<String>> answers(SparkSession spark) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            m.put(
                    q.getKey(),
                    spark.sql(q.getValue()).collectAsList().stream()
                            .map(Row::toString)
                            .toList());
        }
        return m;
    }

    static boolean report(
            Map<String, TableState> before,
            Map<String, TableState> after,
            List<TableReport> reports,
            Map<String, List<String>> qb,
            Map<String, List<String>> qa,
            int nightsInWarehouse,
            int nights,
            double nightsWall,
            double nightsCpu,
            double maintainWall,
            double maintainCpu) {
        PrintStream o = System.out;
        boolean ok = true;
        o.println("| table | rows | files before | files after | MB before | MB after | parquet on disk before/after "
                + "| rows and fingerprint | maintain did |");
        o.println("|---|---:|---:|---:|---:|---:|---:|---|---|");
        long fb = 0, fa = 0, bb = 0, ba = 0;
        for (Map.Entry<String, TableState> e : before.entrySet()) {
            TableState b = e.getValue();
            TableState a = after.get(e.getKey());
            String actions = reports.stream()
                    .filter(r -> r.table().equals(e.getKey()))
                    .map(TableReport::actions)
                    .findFirst()
                    .orElse("-");
            boolean same = a != null && a.rows() == b.rows() && a.fingerprint().equals(b.fingerprint());
            boolean fewer = a != null && a.files() < b.files();
            // nothing to compact: OPTIMIZE bin-packs within a partition
            boolean single = a != null && b.files() <= Math.max(1, b.partitions()) && a.files() == b.files();
            ok &= same && (fewer || single);
            o.printf(
                    "| %s | %,d | %d | %d%s | %.2f | %.2f | %d / %d | %s | %s |%n",
                    e.getKey(),
                    b.rows(),
                    b.files(),
                    a == null ? -1 : a.files(),
                    fewer ? "" : single ? " (one file per partition already)" : " **not fewer**",
                    b.bytes() / 1e6,
                    a == null ? 0 : a.bytes() / 1e6,
                    b.diskFiles(),
                    a == null ? 0 : a.diskFiles(),
                    same ? "identical" : "**CHANGED**",
                    actions);
            fb += b.files();
            bb += b.bytes();
            fa += a == null ? 0 : a.files();
            ba += a == null ? 0 : a.bytes();
        }
        o.printf("| total | | %d | %d | %.2f | %.2f | | | |%n", fb, fa, bb / 1e6, ba / 1e6);
        o.println();
        o.println("| query | result rows | before = after |");
        o.println("|---|---:|---|");
        for (String q : qb.keySet()) {
            boolean same = qb.get(q).equals(qa.get(q));
            ok &= same;
            o.printf("| %s | %d | %s |%n", q, qb.get(q).size(), same ? "identical" : "**CHANGED**");
        }
        o.println();
        o.printf(
                "The warehouse holds %d nightly runs (%d of them run by this JVM: %.0f s wall, %.0f s CPU); "
                        + "maintain: %.0f s wall, %.0f s CPU. Result: %s%n",
                nightsInWarehouse,
                nights,
                nightsWall,
                nightsCpu,
                maintainWall,
                maintainCpu,
                ok
                        ? "every table with more files than partitions has fewer, every fingerprint and answer is unchanged"
                        : "FAILED");
        return ok;
    }

    /** CPU time of this process (all threads, GC included), in milliseconds. */
    static long cpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean s ? s.getProcessCpuTime() / 1_000_000 : 0;
    }

    static void copyTree(Path from, Path to) throws IOException {
        io.regionpulse.testing.Trees.copy(from, to);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
