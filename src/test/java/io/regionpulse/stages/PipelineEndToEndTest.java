package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.regionpulse.config.Settings;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Pages;
import io.regionpulse.tables.Rejects;
import io.regionpulse.tables.Runs;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real stages on a local session over the project's sample corpus and the shared seed
 * pages, then again, and checks the contracts: every table exists, counts add up, a rerun
 * changes no table content.
 */
class PipelineEndToEndTest {
    static SparkSession spark;
    static Path project = Path.of(System.getProperty("rp.project.dir", ".")).toAbsolutePath();
    static Path shared =
            Path.of(System.getProperty("rp.shared.dir", "../shared")).toAbsolutePath();

    @BeforeAll
    static void session() {
        spark = SparkTestSession.get();
    }

    static RunContext context(Path warehouse, List<String> inputs) {
        Settings s = Settings.load(null, Map.of(Settings.WAREHOUSE, warehouse.toString(), Settings.INPUT, inputs));
        Instant now = Instant.now();
        return new RunContext(
                RunContext.newRunId(now, inputs.toString()),
                now,
                s,
                new Warehouse(spark, s.warehouse()),
                Gazetteer.fromClasspath());
    }

    static List<StageResult> run(Path warehouse, List<String> inputs) {
        return Pipeline.run(
                context(warehouse, inputs), Pipeline.STAGES, inputs, new PrintStream(new ByteArrayOutputStream()));
    }

    /** Every table's rows (binary columns hashed, run ids dropped) as a multiset of strings. */
    static Map<String, Map<String, Long>> snapshot(Warehouse w) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        for (TableDef t : Tables.ALL) {
            if (t == Runs.DEF) {
                continue;
            }
            Dataset<Row> df = w.read(t).drop("run_id");
            if (t == Pages.DEF) {
                df = df.withColumn("raw", org.apache.spark.sql.functions.sha2(df.col("raw"), 256))
                        .drop("ingest_date");
            }
            if (t == Rejects.DEF) {
                df = df.withColumn("sample", org.apache.spark.sql.functions.sha2(df.col("sample"), 256));
            }
            Map<String, Long> rows = new HashMap<>();
            for (Row r : df.toJSON().collectAsList().stream()
                    .map(j -> (Row) org.apache.spark.sql.RowFactory.create(j))
                    .toList()) {
                rows.merge(r.getString(0), 1L, Long::sum);
            }
            out.put(t.name(), rows);
        }
        return out;
    }

    @Test
    void seedsGiveFiveDocumentsAndARerunChangesNothing(@TempDir Path tmp) {
        Path seeds = shared.resolve("corpus/seeds");
        assumeThat(Files.isDirectory(seeds)).as("shared seeds present").isTrue();
        Path wh = tmp.resolve("w");
        List<StageResult> first = run(wh, List.of(seeds.toString()));
        Warehouse w = new Warehouse(spark, wh.toString());
        assertThat(w.read(Documents.DEF).count()).isEqualTo(5);
        assertThat(w.read(Pages.DEF).count()).isEqualTo(5);
        // expected.json is not an input format: it is rejected, not silently skipped
        assertThat(w.read(Rejects.DEF).filter("stage = 'ingest'").count()).isEqualTo(1);
        StageResult ingest = first.get(0);
        assertThat(ingest.input()).isEqualTo(ingest.output() + ingest.rejected() + ingest.duplicates());
        StageResult clean = first.get(1);
        assertThat(clean.input()).isEqualTo(clean.output() + clean.rejected() + clean.duplicates());
        for (TableDef t : Tables.ALL) {
            assertThat(w.exists(t)).as(t.name()).isTrue();
            assertThat(spark.table(t.name()).schema().fieldNames())
                    .as(t.name())
                    .contains(t.columnNames().toArray(new String[0]));
        }
        assertThat(spark.sql("SELECT count(*) FROM documents").first().getLong(0))
                .isEqualTo(5);

        Map<String, Map<String, Long>> before = snapshot(w);
        List<StageResult> second = run(wh, List.of(seeds.toString()));
        assertThat(snapshot(w)).isEqualTo(before);
        assertThat(second.get(1).input()).as("nothing left to clean").isZero();
        assertThat(w.read(Runs.DEF).count()).isEqualTo(first.size() + second.size());
    }

    /**
     * Where the sample run writes: {@code -Drp.sample.warehouse=DIR} ({@code jobs/test.sh} passes its
     * {@code RP_WAREHOUSE}) keeps this run as the sample warehouse that the notebooks and the access
     * checks read, instead of a second pipeline run on the same samples. A DIR that already holds
     * anything is left alone (a person's own warehouse); the run then goes to a temporary folder.
     */
    static Path sampleWarehouse(Path tmp) throws java.io.IOException {
        String keep = System.getProperty("rp.sample.warehouse", "").strip();
        if (!keep.isEmpty()) {
            Path dir = Path.of(keep).toAbsolutePath();
            if (!Files.exists(dir)) {
                return dir;
            }
            if (Files.isDirectory(dir)) {
                try (var entries = Files.list(dir)) {
                    if (entries.findAny().isEmpty()) {
                        return dir;
                    }
                }
            }
        }
        return tmp.resolve("w");
    }

    @Test
    void sampleCorpusRunsEndToEndWithRowsInEveryTable(@TempDir Path tmp) throws java.io.IOException {
        Path samples = project.resolve("samples");
        assumeThat(Files.isDirectory(samples)).isTrue();
        Path wh = sampleWarehouse(tmp);
        List<StageResult> results = run(wh, List.of(samples.toString()));
        assertThat(results).extracting(StageResult::status).doesNotContain(io.regionpulse.codes.RunStatus.FAILED);
        Warehouse w = new Warehouse(spark, wh.toString());
        assertThat(io.regionpulse.testing.ContractCodes.codedColumns()).isGreaterThanOrEqualTo(4);
        assertThat(io.regionpulse.testing.ContractCodes.violations(t -> w.exists(t) ? w.read(t) : null))
                .as("values outside their column's allowed codes")
                .isEmpty();
        assertThat(w.read(Documents.DEF).count()).isGreaterThanOrEqualTo(30);
        for (String table : List.of(
                "documents",
                "region_mentions",
                "metrics",
                "region_timeline",
                "region_comention",
                "region_keywords",
                "metric_timeline")) {
            assertThat(spark.table(table).count()).as(table).isPositive();
        }
        long pages = w.read(Pages.DEF).count();
        long docs = w.read(Documents.DEF).count();
        long cleanRejects = w.read(Rejects.DEF).filter("stage = 'clean'").count();
        assertThat(pages).isEqualTo(docs + cleanRejects);
    }
}
