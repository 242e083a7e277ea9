package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.config.Settings;
import io.regionpulse.jobs.Main;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.stages.Pipeline;
import io.regionpulse.stages.TrendFrames;
import io.regionpulse.tables.Runs;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.RunLog;
import io.regionpulse.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runs} tells the truth: for a crawl salted with duplicates, blank and broken lines, an
 * empty file and a dangling link, every run's ingest and clean rows equal what a count of
 * pages, documents and rejects per run shows, duplicates have their own figure, a failing stage
 * leaves a failed row with the error's first line, and a running row whose process is gone
 * (killed) is marked abandoned by the next run.
 */
class RunsTruthTest {
    static SparkSession spark;

    static final String A =
            "成渝地区双城经济圈建设提速，重庆与四川两地科技部门联合发布协同创新行动方案，提出共建科创走廊。" + "方案明确，两地将推动高新区、实验室和高校开放共享科研仪器，联合攻关一批关键技术。";
    static final String B = "粤港澳大湾区交通一体化加快推进，广州至深圳的城际铁路新线开通运营，沿线城市通勤时间明显缩短。" + "广东省交通部门表示，下一步将继续完善湾区轨道交通网络，提升跨市出行效率。";
    static final String C = "长三角生态绿色一体化发展示范区发布年度建设成果，上海、江苏、浙江三地共同推进跨界水体治理。" + "示范区执委会介绍，区域内重点项目投资持续增长，生态环境质量稳步改善。";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void session() {
        spark = SparkTestSession.get();
    }

    static String jsonLine(String url, String text) {
        return "{\"url\":\"" + url + "\",\"title\":\"测试\",\"published\":\"2024-03-01\",\"content\":\"" + text + "\"}";
    }

    static Path saltedCrawl(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/a.txt"), A, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pages/b.txt"), B, StandardCharsets.UTF_8);
        Files.write(dir.resolve("pages/empty.html"), new byte[0]);
        Files.writeString(dir.resolve("pages/notes.csv"), "a,b\n");
        Files.createSymbolicLink(dir.resolve("pages/gone.txt"), Path.of("nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("pages/again.txt"), Path.of("a.txt")); // a second name: read once
        // the same page twice (a duplicate within the run), a blank line, a broken line
        Files.writeString(
                dir.resolve("feed.jsonl"),
                String.join(
                        "\n",
                        jsonLine("https://news.example.cn/c.html", C),
                        jsonLine("https://news.example.cn/c.html", C),
                        "",
                        "{not json",
                        jsonLine("https://news.example.cn/short.html", "太短")),
                StandardCharsets.UTF_8);
        return dir;
    }

    static RunContext context(Path warehouse, List<String> inputs) {
        Settings s = Settings.load(null, Map.of(Settings.WAREHOUSE, warehouse.toString(), Settings.INPUT, inputs));
        Instant now = Instant.now();
        return new RunContext(
                RunContext.newRunId(now, inputs.toString() + System.nanoTime()),
                now,
                s,
                new Warehouse(spark, s.warehouse()),
                Gazetteer.fromClasspath());
    }

    static long count(Warehouse w, String table, String where) {
        return spark.read()
                .format("delta")
                .load(w.root() + "/" + table)
                .filter(where)
                .count();
    }

    static Row runRow(Warehouse w, String runId, String stage) {
        List<Row> rows = w.read(Runs.DEF)
                .filter("run_id = '" + runId + "' AND stage = '" + stage + "'")
                .collectAsList();
        assertThat(rows).as("one runs row for " + stage).hasSize(1);
        return rows.get(0);
    }

    @Test
    void runsEqualsTheTablesRunByRunAndFailuresAndKillsAreOnTheRecord() throws Exception {
        Path crawl = saltedCrawl(tmp.resolve("crawl"));
        Path wh = tmp.resolve("warehouse");
        List<String> inputs = List.of(crawl.toString());
        List<RunContext> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            RunContext ctx = context(wh, inputs);
            Pipeline.run(ctx, List.of("ingest", "clean"), inputs, new PrintStream(new ByteArrayOutputStream()));
            runs.add(ctx);
        }
        Warehouse w = runs.get(0).warehouse();
        for (RunContext ctx : runs) {
            String id = ctx.runId();
            Row ingest = runRow(w, id, "ingest");
            Row clean = runRow(w, id, "clean");
            assertThat(ingest.<Long>getAs("output_rows")).isEqualTo(count(w, "pages", "run_id = '" + id + "'"));
            assertThat(ingest.<Long>getAs("rejected_rows"))
                    .isEqualTo(count(w, "rejects", "run_id = '" + id + "' AND stage = 'ingest'"));
            assertThat(clean.<Long>getAs("output_rows")).isEqualTo(count(w, "documents", "run_id = '" + id + "'"));
            assertThat(clean.<Long>getAs("rejected_rows"))
                    .isEqualTo(count(w, "rejects", "run_id = '" + id + "' AND stage = 'clean'"));
            for (Row r : List.of(ingest, clean)) {
                assertThat(r.<Long>getAs("input_rows"))
                        .as("input = output + rejected + duplicates")
                        .isEqualTo(r.<Long>getAs("output_rows")
                                + r.<Long>getAs("rejected_rows")
                                + r.<Long>getAs("duplicate_rows"));
                assertThat(r.<String>getAs("status")).isIn("succeeded", "nothing_to_do");
            }
        }
        Row first = runRow(w, runs.get(0).runId(), "ingest");
        // 2 txt + 5 jsonl lines + empty.html + notes.csv + the dangling link = 10 records; again.txt is a.txt
        assertThat(first.<Long>getAs("input_rows")).isEqualTo(10);
        assertThat(first.<Long>getAs("output_rows")).isEqualTo(4); // a, b, c, short
        assertThat(first.<Long>getAs("duplicate_rows")).isEqualTo(1); // c twice
        assertThat(first.<Long>getAs("rejected_rows")).isEqualTo(5);
        assertThat(count(w, "rejects", "stage = 'ingest' AND reason = 'unreadable' AND detail LIKE '%dangling%'"))
                .isEqualTo(1);
        assertThat(count(w, "rejects", "stage = 'ingest' AND reason = 'empty_input' AND detail LIKE '%blank%'"))
                .isEqualTo(1);
        Row second = runRow(w, runs.get(1).runId(), "ingest");
        assertThat(second.<Long>getAs("output_rows"))
                .as("a rerun writes no page")
                .isZero();
        assertThat(second.<Long>getAs("duplicate_rows")).isEqualTo(second.<Long>getAs("input_rows"));

        // A killed stage: its process is gone, its running row stays; the next run marks it abandoned.
        Process p = new ProcessBuilder("sleep", "30").start();
        long deadPid = p.pid();
        p.destroyForcibly().waitFor();
        String host = RunLog.driver().substring(RunLog.driver().indexOf('@') + 1);
        StructType schema = Runs.DEF.schema();
        Instant t0 = Instant.now().minusSeconds(60);
        Row killed = RowFactory.create(
                "run-killed", "clean", t0, t0, "running", 0L, 0L, 0L, null, null, null, 0L, deadPid + "@" + host);
        w.append(Runs.DEF, spark.createDataFrame(List.of(killed), schema));

        // A failing stage: a data file of pages deleted under the table (Spark's checked exception).
        try (Stream<Path> files = Files.walk(wh.resolve("pages"))) { // partition folders included
            for (Path f : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(crawl.resolve("pages/new.txt"), A + B, StandardCharsets.UTF_8);
        RunContext failing = context(wh, inputs);
        assertThatThrownBy(() -> Pipeline.run(
                        failing, List.of("ingest", "clean"), inputs, new PrintStream(new ByteArrayOutputStream())))
                .isNotNull();
        Row abandoned = runRow(w, "run-killed", "clean");
        assertThat(abandoned.<String>getAs("status")).isEqualTo("abandoned");
        assertThat(abandoned.<String>getAs("detail"))
                .contains(String.valueOf(deadPid))
                .contains(failing.runId());
        Row failed = Stream.of("ingest", "clean")
                .map(s -> w.read(Runs.DEF)
                        .filter("run_id = '" + failing.runId() + "' AND stage = '" + s + "'")
                        .collectAsList())
                .flatMap(List::stream)
                .filter(r -> "failed".equals(r.getAs("status")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failed row for run " + failing.runId()));
        assertThat(failed.<String>getAs("detail")).isNotBlank().doesNotContain("\n");
        assertThat(w.read(Runs.DEF).filter("status = 'running'").count())
                .as("no stage left running")
                .isZero();
    }

    /** One page repeating a sentence: at most N mentions of a region per document reach the gold tables. */
    @Test
    void mentionsPerDocumentAndRegionAreCapped() {
        StructType schema = new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("region_code", DataTypes.StringType)
                .add("start", DataTypes.IntegerType)
                .add("end", DataTypes.IntegerType);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            rows.add(RowFactory.create("spam", "500000", i * 10, i * 10 + 2));
        }
        for (int i = 0; i < 3; i++) {
            rows.add(RowFactory.create("news", "500000", i * 10, i * 10 + 2));
            rows.add(RowFactory.create("spam", "440000", i * 10 + 5, i * 10 + 7));
        }
        Dataset<Row> capped = TrendFrames.capMentions(spark.createDataFrame(rows, schema), 50);
        Map<String, Long> got = new java.util.TreeMap<>();
        for (Row r : capped.groupBy("doc_id", "region_code").count().collectAsList()) {
            got.put(r.getString(0) + "/" + r.getString(1), r.getLong(2));
        }
        assertThat(got).isEqualTo(Map.of("spam/500000", 50L, "spam/440000", 3L, "news/500000", 3L));
        assertThat(capped.filter("doc_id = 'spam' AND region_code = '500000'")
                        .agg(org.apache.spark.sql.functions.max("start"))
                        .first()
                        .getInt(0))
                .as("the first mentions by position are kept")
                .isEqualTo(490);
    }

    /** Spark's parse errors start with a newline: the user sees its first non-empty line, with the position, exit 2. */
    @Test
    void aSqlSyntaxErrorIsItsFirstNonEmptyLine() {
        Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> spark.sql("SELEC region_name FROM x"));
        assertThat(e.getMessage()).startsWith("\n");
        assertThat(Main.message(e))
                .contains("PARSE_SYNTAX_ERROR")
                .contains("pos")
                .doesNotContain("\n");
        assertThat(Main.exitCode(e)).isEqualTo(Main.USAGE);
    }
}
