package io.regionpulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.tables.Pages;
import io.regionpulse.tables.TextSignatures;
import io.regionpulse.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {
    @Test
    void namesFollowTheWarehouseEvenAfterTheOldOneWasDeleted(@TempDir Path tmp) throws Exception {
        SparkSession spark = SparkTestSession.get();
        Path a = tmp.resolve("a");
        new Warehouse(spark, a.toString()).ensure(Pages.DEF);
        try (Stream<Path> files = Files.walk(a)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Path b = tmp.resolve("b");
        Warehouse wb = new Warehouse(spark, b.toString());
        wb.ensure(Pages.DEF);
        assertThat(spark.sql("DESCRIBE DETAIL pages").first().<String>getAs("location"))
                .contains(b.toString());
        assertThat(spark.table("pages").count()).isZero();
    }

    /** What a SIGKILL during a stage's first create leaves: a log folder with no commit in it. */
    @Test
    void aCreateKilledBeforeItsFirstCommitIsCreatedAgain(@TempDir Path tmp) throws Exception {
        SparkSession spark = SparkTestSession.get();
        Warehouse w = new Warehouse(spark, tmp.toString());
        Path log = tmp.resolve(TextSignatures.DEF.name()).resolve("_delta_log");
        Files.createDirectories(log);
        Files.writeString(log.resolve(".00000000000000000000.json.1b2c.tmp"), "{\"commitInfo\"");
        assertThat(w.exists(TextSignatures.DEF)).isFalse();

        w.ensure(TextSignatures.DEF);

        assertThat(w.exists(TextSignatures.DEF)).isTrue();
        assertThat(w.read(TextSignatures.DEF).count()).isZero();
        assertThat(w.read(TextSignatures.DEF).columns()).contains("signature");
    }

    @Test
    void aTableWhoseEarlyCommitsWereCleanedUpStillExists(@TempDir Path tmp) throws Exception {
        SparkSession spark = SparkTestSession.get();
        Warehouse w = new Warehouse(spark, tmp.toString());
        w.ensure(Pages.DEF);
        Path log = tmp.resolve(Pages.DEF.name()).resolve("_delta_log");
        org.apache.spark.sql.delta.DeltaLog.forTable(
                        spark, tmp.resolve(Pages.DEF.name()).toString())
                .checkpoint();
        assertThat(log.resolve("_last_checkpoint")).exists();
        Files.delete(log.resolve("00000000000000000000.json"));
        assertThat(w.exists(Pages.DEF)).isTrue();
    }
}
