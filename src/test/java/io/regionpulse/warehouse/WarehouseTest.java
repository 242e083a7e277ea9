package io.regionpulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.tables.Pages;
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
}
