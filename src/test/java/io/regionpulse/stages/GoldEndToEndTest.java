package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.config.Settings;
import io.regionpulse.tables.RegionTimeline;
import io.regionpulse.tables.TableDef;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real stages over our own pages (src/test/resources/gold): day 1 (2024-02-27 and the Friday
 * 2024-03-01) into a warehouse, then day 2 (Monday 2024-03-04) added. Only the day, week and month
 * of 2024-03-04 may be rewritten; the result must equal a from-scratch run over both days, and a
 * rerun must not add a version to any gold table.
 */
class GoldEndToEndTest {
    static final String TOUCHED = "(granularity = 'day' AND period_start = DATE'2024-03-04') "
            + "OR (granularity = 'week' AND period_start = DATE'2024-03-04') "
            + "OR (granularity = 'month' AND period_start = DATE'2024-03-01')";

    static SparkSession spark = SparkTestSession.get();

    static String fixture(String day) {
        try {
            return Path.of(GoldEndToEndTest.class.getResource("/gold/" + day).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<StageResult> run(Path warehouse, List<String> inputs) {
        GoldFixture.forgetCatalog(spark);
        Settings s = Settings.load(null, Map.of(Settings.WAREHOUSE, warehouse.toString(), Settings.INPUT, inputs));
        Instant now = Instant.now();
        RunContext ctx = new RunContext(
                RunContext.newRunId(now, inputs.toString()) + System.nanoTime(),
                now,
                s,
                new Warehouse(spark, s.warehouse()),
                GoldFixture.GAZETTEER);
        return Pipeline.run(ctx, Pipeline.STAGES, inputs, new PrintStream(new ByteArrayOutputStream()));
    }

    static StageResult aggregate(List<StageResult> results) {
        return results.stream()
                .filter(r -> r.stage().code().equals("aggregate"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSecondDayRewritesOnlyItsPeriodsAndMatchesAFromScratchRun(@TempDir Path tmp) {
        Path inc = tmp.resolve("incremental");
        Warehouse w = new Warehouse(spark, inc.toString());
        StageResult day1 = aggregate(run(inc, List.of(fixture("day1"))));
        assertThat(day1.status().code()).isEqualTo("succeeded");
        assertThat(AggregateJobTest.snapshot(w, "true").get(RegionTimeline.DEF)).isNotEmpty();
        Map<TableDef, List<String>> untouchedBefore = AggregateJobTest.snapshot(w, "NOT (" + TOUCHED + ")");
        Map<TableDef, Long> versions = AggregateJobTest.versions(w);

        StageResult day2 = aggregate(run(inc, List.of(fixture("day1"), fixture("day2"))));
        assertThat(day2.input()).as("documents whose gold inputs changed").isEqualTo(2);
        assertThat(day2.detail()).contains("periods day:1 week:1 month:1");
        assertThat(AggregateJobTest.snapshot(w, "NOT (" + TOUCHED + ")")).isEqualTo(untouchedBefore);
        AggregateJobTest.assertOnlyPeriodWrites(w, versions, "2024-03-04", "2024-02");

        Path scratch = tmp.resolve("scratch");
        run(scratch, List.of(fixture("day1"), fixture("day2")));
        assertThat(AggregateJobTest.snapshot(w, "true"))
                .isEqualTo(AggregateJobTest.snapshot(new Warehouse(spark, scratch.toString()), "true"));

        Map<TableDef, Long> after = AggregateJobTest.versions(w);
        StageResult rerun = aggregate(run(inc, List.of(fixture("day1"), fixture("day2"))));
        assertThat(rerun.status().code()).isEqualTo("nothing_to_do");
        assertThat(AggregateJobTest.versions(w)).isEqualTo(after);
    }
}
