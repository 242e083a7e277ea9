package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.testing.SparkTestSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AggregateJob#onDatesOf}: the child rows that can belong to the touched documents. */
class ChildDatesTest {
    static final StructType DATED =
            new StructType().add("doc_id", DataTypes.StringType).add("published_date", DataTypes.DateType);

    static Dataset<Row> rows(SparkSession spark, String spec) {
        List<Row> out = new ArrayList<>();
        if (!spec.isBlank()) {
            for (String p : spec.split(" ")) {
                String[] kv = p.split("=");
                out.add(RowFactory.create(kv[0], kv[1].equals("-") ? null : LocalDate.parse(kv[1])));
            }
        }
        return spark.createDataFrame(out, DATED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // touched documents (doc=date, - for none) | children (doc=date) | children kept
                "d1=2024-03-01 | m1=2024-03-01 m2=2024-02-01 m3=- | m1 m3",
                "d1=2024-03-01 d2=2024-01-05 | m1=2024-03-01 m2=2024-01-05 m3=2024-01-06 | m1 m2",
                "d1=- | m1=2024-03-01 m2=- | m2",
                "' ' | m1=2024-03-01 m2=- | m2",
            })
    void keepsTheTouchedDatesAndUndatedRows(String touched, String children, String kept) {
        SparkSession spark = SparkTestSession.get();
        List<String> got = rows(spark, children)
                .filter(AggregateJob.onDatesOf(rows(spark, touched.strip())))
                .select("doc_id")
                .orderBy("doc_id")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .toList();
        assertThat(got).isEqualTo(Arrays.asList(kept.split(" ")));
    }
}
