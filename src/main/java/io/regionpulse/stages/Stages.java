package io.regionpulse.stages;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import io.regionpulse.codes.Stage;
import java.util.Iterator;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Small pieces the stage jobs share. */
final class Stages {
    private Stages() {}

    /**
     * The reject rows of a stage's staged output (rows of kind {@code reject}), with their id,
     * stage and run.
     */
    static Dataset<Row> rejects(Dataset<Row> staged, Stage stage, String runId) {
        return staged.filter(col("kind").equalTo("reject"))
                .withColumn("reject_id", rejectId(stage))
                .withColumn("stage", lit(stage.code()))
                .withColumn("run_id", lit(runId));
    }

    /** {@code rejects.reject_id}: hash of source_uri, record_offset, stage and page_id (empty when none). */
    static Column rejectId(Stage stage) {
        return sha2(
                        concat_ws(
                                "\u0000",
                                col("source_uri"),
                                col("record_offset").cast("string"),
                                lit(stage.code()),
                                coalesce(col("page_id"), lit(""))),
                        256)
                .substr(1, 32);
    }

    /**
     * The rows to work on, in enough partitions to keep every core busy. A day's pages can sit in
     * one large Parquet file (one row group, so one task): read as it is, cleaning ran on a single
     * core whatever the master (measured: local[2] no faster than local[1] at 100,000 pages). Below
     * two tasks per core the rows are spread round-robin; that shuffles the input once, which is
     * cheap next to the per-row work that follows.
     */
    static Dataset<Row> spread(Dataset<Row> rows) {
        int target = 2 * rows.sparkSession().sparkContext().defaultParallelism();
        return rows.rdd().getNumPartitions() < target ? rows.repartition(target) : rows;
    }

    /** Lazily maps a partition's rows one by one (per-task state lives in the caller's closure). */
    static Iterator<Row> mapRows(Iterator<Row> rows, Function<Row, Row> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return f.apply(rows.next());
            }
        };
    }
}
