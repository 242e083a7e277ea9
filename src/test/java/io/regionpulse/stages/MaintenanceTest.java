package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.config.UserError;
import io.regionpulse.stages.Maintenance.TableReport;
import io.regionpulse.tables.Rejects;
import io.regionpulse.tables.RowBuilder;
import io.regionpulse.tables.Runs;
import io.regionpulse.tables.TableDef;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** maintain on a warehouse grown by many small runs: fewer files, the same rows. */
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
        return w.read(t).collectAsList().stream().map(Row::toString).sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void compactsEveryTableOfManySmallRunsAndKeepsItsRows(@TempDir Path dir) {
        Warehouse w = new Warehouse(spark, dir.resolve("w").toString());
        w.ensure(Runs.DEF);
        w.ensure(Rejects.DEF);
        for (int i = 1; i <= 6; i++) {
            appendOne(w, Runs.DEF, runRow(i));
            appendOne(w, Rejects.DEF, rejectRow(i));
        }
        String runsBefore = contents(w, Runs.DEF);
        String rejectsBefore = contents(w, Rejects.DEF);

        Map<String, TableReport> r = Maintenance.run(w, 24, false).stream()
                .collect(Collectors.toMap(TableReport::table, Function.identity()));

        assertThat(r).containsKeys("runs", "rejects");
        for (String t : List.of("runs", "rejects")) {
            assertThat(r.get(t).filesBefore()).as(t).isGreaterThanOrEqualTo(6);
            assertThat(r.get(t).filesAfter()).as(t).isLessThan(r.get(t).filesBefore());
            assertThat(r.get(t).actions()).contains("optimized", "vacuumed (24 h)");
        }
        assertThat(contents(w, Runs.DEF)).isEqualTo(runsBefore);
        assertThat(contents(w, Rejects.DEF)).isEqualTo(rejectsBefore);
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
