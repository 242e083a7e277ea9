package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.jobs.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the pipeline hard (a separate JVM, {@code destroyForcibly} = SIGKILL) in the middle of a
 * stage, reruns it, and checks that every table ends exactly as a from-scratch run leaves it:
 * same row counts, same key sets, nothing doubled, nothing lost.
 */
@Tag("slow")
class CrashRecoveryTest {
    static SaltedCrawl crawl;
    static Map<String, TableKeys.Table> reference;

    @TempDir
    Path tmp;

    @BeforeAll
    static void referenceRun() throws Exception {
        crawl = SaltedCrawl.get();
        assertThat(crawl.nightly.exit())
                .as(Jvm.tail(crawl.nightly.stderr(), 40))
                .isZero();
        reference = TableKeys.of(crawl.reference);
    }

    /** When to pull the plug: a line on the child's stdout, or a Delta commit in its warehouse. */
    static Predicate<Path> crashPoint(String point) {
        return switch (point) {
                // Pipeline prints "clean     … " when the stage starts; ingest is committed by then.
            case "clean-started" -> w -> stdoutHas(w, "clean ");
                // extract committed region_mentions but has not marked the documents yet.
            case "extract-wrote-mentions" -> w ->
                    Files.exists(w.resolve("region_mentions/_delta_log/00000000000000000001.json"));
                // dedup is running: documents exist, none has a story yet.
            case "dedup-started" -> w -> stdoutHas(w, "dedup ");
            default -> throw new IllegalArgumentException(point);
        };
    }

    static boolean stdoutHas(Path warehouse, String prefix) {
        try {
            Path out = warehouse.resolveSibling("logs").resolve("crash.out");
            return Files.exists(out) && Files.readAllLines(out).stream().anyMatch(l -> l.startsWith(prefix));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /**
     * The three crash points in one warehouse, one after the other: each rerun starts from what the
     * previous kill left (so every recovery path runs, and on top of the damage of the one before),
     * then a last rerun finishes the day. Four pipeline JVMs instead of six for three separate
     * warehouses; the end state must still equal a clean run's.
     */
    @Test
    void rerunsAfterKillsInCleanDedupAndExtractLeaveTheTablesOfACleanRun() throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        Path logs = tmp.resolve("logs");
        String[][] kills = {{"clean-started", "1500"}, {"dedup-started", "500"}, {"extract-wrote-mentions", "0"}};
        for (String[] kill : kills) {
            killAt(warehouse, logs, kill[0], Long.parseLong(kill[1]));
        }

        Jvm.Result rerun = Jvm.run(logs, "rerun", 30, crawl.pipelineArgs(warehouse, "local[2]"));
        assertThat(rerun.exit()).as(Jvm.tail(rerun.stderr(), 40)).isZero();

        // Every killed stage is on the record: its running row was marked abandoned by the next run.
        var runs = io.regionpulse.testing.SparkTestSession.get()
                .read()
                .format("delta")
                .load(warehouse.resolve("runs").toString());
        assertThat(runs.filter("status = 'abandoned'")
                        .select("stage")
                        .distinct()
                        .count())
                .as("clean, dedup and extract each marked abandoned once killed")
                .isEqualTo(kills.length);
        assertThat(runs.filter("status = 'running'").count())
                .as("no stage left running")
                .isZero();

        Map<String, TableKeys.Table> after = TableKeys.of(warehouse);
        assertThat(after.keySet()).isEqualTo(reference.keySet());
        for (String table : reference.keySet()) {
            TableKeys.Table got = after.get(table);
            TableKeys.Table want = reference.get(table);
            assertThat(got.rows())
                    .as(table + ": no row doubled")
                    .isEqualTo(got.keys().size());
            assertThat(got.rows()).as(table + " rows").isEqualTo(want.rows());
            assertThat(got.keys()).as(table + " keys").isEqualTo(want.keys());
        }
    }

    /** Starts the pipeline on the warehouse and SIGKILLs it {@code delayMillis} after {@code point}. */
    private static void killAt(Path warehouse, Path logs, String point, long delayMillis) throws Exception {
        Files.deleteIfExists(logs.resolve("crash.out"));
        Process p = Jvm.start(logs, "crash", crawl.pipelineArgs(warehouse, "local[2]"));
        Predicate<Path> reached = crashPoint(point);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(20));
        while (p.isAlive() && !reached.test(warehouse) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(p.isAlive())
                .as("the pipeline was still running at the crash point " + point + "\n"
                        + Jvm.tail(Jvm.read(logs.resolve("crash.err")), 30))
                .isTrue();
        Thread.sleep(delayMillis);
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("killed at " + point + ", not finished").isNotZero();
    }

    @Test
    void rerunningAFinishedDayHasNothingToDoAndChangesNothing() throws Exception {
        Jvm.Result again = Jvm.run(tmp.resolve("logs"), "again", 30, crawl.nightlyArgs(crawl.reference));
        assertThat(again.exit()).as(Jvm.tail(again.stderr(), 40)).isEqualTo(Main.NOTHING_TO_DO);
        assertThat(again.stdoutLines())
                .singleElement()
                .asString()
                .startsWith("nightly " + SaltedCrawl.DAY + ": nothing to do")
                .contains("0 new pages");
        assertThat(TableKeys.of(crawl.reference)).isEqualTo(reference);
    }
}
