package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.tables.RegionTimeline;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Gold rows written in period ranges ({@link AggregateJob#byPeriod}): files that a night can skip. */
class GoldLayoutTest {
    static final StructType GOLD = new StructType()
            .add("granularity", DataTypes.StringType)
            .add("period_start", DataTypes.DateType)
            .add("region_code", DataTypes.StringType)
            .add("documents", DataTypes.LongType);

    @ParameterizedTest
    @CsvSource({
        // days, regions a day, rows per file → files of day rows (121 rows: 120 days' and a month's)
        "30, 4, 1000, 1",
        "30, 4, 10, 13",
    })
    void eachFileHoldsItsOwnSpanOfPeriods(int days, int regions, int rowsPerFile, int files, @TempDir Path tmp) {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 3, 1);
        for (int d = 0; d < days; d++) {
            for (int r = 0; r < regions; r++) {
                rows.add(RowFactory.create("day", first.plusDays(d), "4" + r + "0000", (long) d * r));
            }
        }
        rows.add(RowFactory.create("month", first, "110000", 7L));
        // shuffled, as the aggregate's joins leave them
        java.util.Collections.shuffle(rows, new java.util.Random(7));
        Dataset<Row> gold = spark.createDataFrame(rows, GOLD).repartition(3);
        String path = tmp.resolve("gold").toString();

        AggregateJob.byPeriod(gold, rows.size(), rowsPerFile)
                .write()
                .format("delta")
                .partitionBy("granularity")
                .save(path);

        Dataset<Row> back = spark.read().format("delta").load(path);
        assertThat(back.count()).isEqualTo(rows.size());
        assertThat(back.exceptAll(gold).isEmpty()).isTrue();
        assertDisjointSpans(back.filter(col("granularity").equalTo("day")), files);
    }

    /**
     * maintain compacts a gold table that nights of replaceWhere left in small files back into
     * period ranges, not into one file holding every period (a Z-order by region would).
     */
    @Test
    void maintainCompactsGoldIntoPeriodRanges(@TempDir Path tmp) {
        SparkSession spark = SparkTestSession.get();
        Warehouse w = new Warehouse(spark, tmp.resolve("w").toString());
        w.ensure(RegionTimeline.DEF);
        // four writes, each with every fourth period of 120 days: every file spans all of them
        List<Row> all = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            List<Row> part = new ArrayList<>();
            for (int i = k; i < 120; i += 4) {
                part.add(MaintenanceTest.sampleRow(RegionTimeline.DEF, i));
            }
            w.append(RegionTimeline.DEF, spark.createDataFrame(part, RegionTimeline.DEF.schema()));
            all.addAll(part);
        }
        Dataset<Row> expected = spark.createDataFrame(all, RegionTimeline.DEF.schema());

        String action = Maintenance.optimize(w, RegionTimeline.DEF, 10);

        assertThat(action).contains("period ranges of about 10 rows");
        Dataset<Row> back = w.read(RegionTimeline.DEF);
        assertThat(back.count()).isEqualTo(120);
        assertThat(back.exceptAll(expected).isEmpty()).isTrue();
        assertDisjointSpans(back, 12);
    }

    /** The files of {@code rows} ordered by their first period: {@code files} of them, none overlapping. */
    static void assertDisjointSpans(Dataset<Row> rows, int files) {
        List<Row> spans = rows.groupBy(input_file_name().as("file"))
                .agg(min("period_start").as("lo"), max("period_start").as("hi"))
                .orderBy("lo")
                .collectAsList();
        assertThat(spans).hasSize(files);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).<LocalDate>getAs("lo"))
                    .as("file %d starts after the file before it ends", i)
                    .isAfter(spans.get(i - 1).<LocalDate>getAs("hi"));
        }
    }
}
