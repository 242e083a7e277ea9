package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** metric_timeline's value_avg ({@link TrendFrames#stableMean}): the same bits whatever the row order. */
class StableMeanTest {
    static final StructType VALUES =
            new StructType().add("g", DataTypes.StringType).add("value", DataTypes.DoubleType);

    static double mean(List<Double> values, long seed, int partitions) {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        for (Double v : values) {
            rows.add(RowFactory.create("g", v));
        }
        Collections.shuffle(rows, new Random(seed));
        return spark.createDataFrame(rows, VALUES)
                .repartition(partitions)
                .groupBy("g")
                .agg(TrendFrames.stableMean(col("value")).as("m"))
                .first()
                .getDouble(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // growth rates, amounts in 亿元 and 元, shares: sums whose floating order changes the last bits
                "6.1;5.3;0.1;0.2;0.3;7.9;12.45;3.33;1.7;0.07 | 3.745",
                "1.2e12;3.4e11;98765.4321;0.001;2.5e9;7.77e10 | 270033349794.23886",
                "0.1;0.2;0.3 | 0.2",
            })
    void theMeanDoesNotDependOnTheRowOrder(String values, double expected) {
        List<Double> vs = Arrays.stream(values.split(";")).map(Double::valueOf).toList();
        double first = mean(vs, 1, 1);
        for (long seed = 2; seed <= 4; seed++) {
            assertThat(mean(vs, seed, (int) seed)).isEqualTo(first);
        }
        assertThat(first).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a value beyond the exact range (a misread figure): the floating mean, no overflow error
                "1e25;1.0 | 5.0e24",
                "-3e21;1e21 | -1.0e21",
            })
    void valuesBeyondTheExactRangeFallBackToTheFloatingMean(String values, double expected) {
        List<Double> vs = Arrays.stream(values.split(";")).map(Double::valueOf).toList();
        assertThat(mean(vs, 1, 2)).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
    }
}
