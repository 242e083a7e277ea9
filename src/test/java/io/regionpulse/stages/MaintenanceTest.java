package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.config.UserError;
import io.regionpulse.stages.Maintenance.TableReport;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.Rejects;
import io.regionpulse.tables.RowBuilder;
import io.regionpulse.tables.Runs;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** maintain on a warehouse grown by many small runs: fewer files in every table, the same rows. */
class MaintenanceTest {
    static final SparkSession spark = SparkTestSession.get();

    static final RowBuilder RUNS = RowBuilder.of(Runs.DEF.schema());
    static final RowBuilder REJECTS = RowBuilder.of(Rejects.DEF.schema());

    static Row runRow(int i) {
        Timestamp t = Timestamp.valueOf("2024-03-01 02:00:00");
        return RUNS.row()
                .set("run_id", "run-" + i)
                .set("stage", "ingest")
                .set("started_at", t)
                .set("finished_at", t)
                .set("status", "succeeded")
                .set("input_rows", 10L + i)
                .set("output_rows", 9L + i)
                .set("rejected_rows", 1L)
                .set("duplicate_rows", 0L)
                .set("config", "{}")
                .set("version", "0.1.0")
                .build();
    }

    static Row rejectRow(int i) {
        return REJECTS.row()
                .set("reject_id", "r" + i)
                .set("source_uri", "/crawl/2024-03-0" + i + "/a.jsonl")
                .set("record_offset", (long) i)
                .set("stage", "ingest")
                .set("reason", "malformed_record")
                .set("detail", "line " + i)
                .set("run_id", "run-" + i)
                .build();
    }

    static void appendOne(Warehouse w, TableDef t, Row r) {
        w.append(t, spark.createDataFrame(List.of(r), t.schema()));
    }

    static String contents(Warehouse w, TableDef t) {
        return w.read(t).toJSON().collectAsList().stream().sorted().collect(Collectors.joining("\n"));
    }

    /**
     * Row {@code i} of any table, by column type: coded columns take an allowed code, the
     * partition columns one value for every row (so all rows share one partition, as one night's
     * ingest_date or the gold granularity do).
     */
    static Row sampleRow(TableDef t, int i) {
        RowBuilder.Values v = RowBuilder.of(t.schema()).row();
        for (Column c : t.columns()) {
            boolean partition = t.partitionColumns().contains(c.name());
            int n = partition ? 1 : i;
            Object value;
            if (c.coded()) {
                String code = c.allowedCodes().get(n % c.allowedCodes().size());
                value = c.type() instanceof ArrayType ? List.of(code) : code;
            } else if (c.type() instanceof StringType) {
                value = c.name() + "-" + n;
            } else if (c.type() instanceof LongType) {
                value = (long) n;
            } else if (c.type() instanceof IntegerType) {
                value = n;
            } else if (c.type() instanceof DoubleType) {
                value = n / 4.0;
            } else if (c.type() instanceof BooleanType) {
                value = n % 2 == 0;
            } else if (c.type() instanceof DateType) {
                value = java.sql.Date.valueOf(java.time.LocalDate.of(2024, 3, 1).plusDays(n));
            } else if (c.type() instanceof TimestampType) {
                value = new Timestamp(Timestamp.valueOf("2024-03-01 02:00:00").getTime() + 1000L * n);
            } else if (c.type() instanceof BinaryType) {
                value = ("bytes " + n).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            } else if (c.type() instanceof ArrayType a && a.elementType() instanceof StringType) {
                value = List.of("a" + n, "b" + n);
            } else if (c.type() instanceof ArrayType a && a.elementType() instanceof IntegerType) {
                value = List.of(n, n + 1);
            } else {
                throw new IllegalStateException("no sample value for " + t.name() + "." + c.name() + " " + c.type());
            }
            v.set(c.name(), value);
        }
        return v.build();
    }

    @Test
    void compactsEveryTableOfManySmallRunsAndKeepsItsRows(@TempDir Path dir) {
        Warehouse w = new Warehouse(spark, dir.resolve("w").toString());
        w.ensureAll();
        // two small writes per table, one file each (as each nightly run adds a few)
        for (int i = 1; i <= 2; i++) {
            for (TableDef t : Tables.everything()) {
                appendOne(w, t, t == Runs.DEF ? runRow(i) : t == Rejects.DEF ? rejectRow(i) : sampleRow(t, i));
            }
        }
        Map<String, String> before = new java.util.HashMap<>();
        for (TableDef t : Tables.everything()) {
            before.put(t.name(), contents(w, t));
        }

        Map<String, TableReport> r = Maintenance.run(w, 24, false).stream()
                .collect(Collectors.toMap(TableReport::table, Function.identity()));

        assertThat(r.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Tables.everything().stream().map(TableDef::name).toList());
        for (TableDef t : Tables.everything()) {
            TableReport tr = r.get(t.name());
            assertThat(tr.filesBefore()).as(t.name()).isEqualTo(2);
            assertThat(tr.filesAfter()).as(t.name()).isEqualTo(1);
            assertThat(tr.actions()).as(t.name()).contains("optimized", "vacuumed (24 h)");
            assertThat(contents(w, t)).as(t.name()).isEqualTo(before.get(t.name()));
        }
        assertThat(r.get("region_mentions").actions()).contains("z-ordered by published_date, region_code");
        assertThat(r.get("documents").actions()).contains("z-ordered by published_date");
        assertThat(r.get("region_timeline").actions()).contains("laid out in period ranges");
    }

    @Test
    void keepsATableItsOwnLongerTimeTravel(@TempDir Path dir) {
        Warehouse w = new Warehouse(spark, dir.resolve("w").toString());
        w.ensure(Runs.DEF);
        appendOne(w, Runs.DEF, runRow(1));
        spark.sql("ALTER TABLE delta.`" + w.path(Runs.DEF)
                + "` SET TBLPROPERTIES ('delta.deletedFileRetentionDuration' = 'interval 10 days')");
        assertThat(Maintenance.run(w, 24, false).get(0).actions()).contains("vacuumed (240 h)");
    }

    @Test
    void dryRunReportsAndChangesNothing(@TempDir Path dir) {
        Warehouse w = new Warehouse(spark, dir.resolve("w").toString());
        w.ensure(Runs.DEF);
        for (int i = 1; i <= 3; i++) {
            appendOne(w, Runs.DEF, runRow(i));
        }
        long version = w.delta(Runs.DEF).history(1).first().getLong(0);
        TableReport r = Maintenance.run(w, 48, true).get(0);
        assertThat(r.actions()).isEqualTo("dry run");
        assertThat(r.filesAfter()).isEqualTo(r.filesBefore()).isGreaterThanOrEqualTo(3);
        assertThat(w.delta(Runs.DEF).history(1).first().getLong(0)).isEqualTo(version);
    }

    @Test
    void refusesARetentionThatCouldBreakARunningReader(@TempDir Path dir) {
        Warehouse w = new Warehouse(spark, dir.resolve("w").toString());
        assertThatThrownBy(() -> Maintenance.run(w, 2, false))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("at least 24");
    }

    @ParameterizedTest
    @CsvSource({
        "interval 168 hours, 168",
        "interval 7 days, 168",
        "interval 1 week, 168",
        "INTERVAL 30 minutes, 0.5",
        "interval 3600 seconds, 1",
        "'', 0",
        "7 days, 0",
        "interval many days, 0"
    })
    void readsADeltaRetentionInterval(String interval, double hours) {
        assertThat(Maintenance.parseIntervalHours(interval)).isEqualTo(hours);
    }
}
