package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;

/** One row per stage per run. */
public final class Runs {
    private Runs() {}

    public static final TableDef DEF = TableDef.builder(
                    "runs",
                    "ops",
                    "One row per stage per run, with counts that add up: for ingest input = pages + rejects; for clean input (pending pages) = documents + rejects.")
            .required(
                    "run_id",
                    StringType,
                    "Run id (UTC start time and a hash of the arguments)",
                    "run-20240301T020000Z-1a2b3c")
            .required("stage", StringType, "Stage of the pipeline", "clean")
            .allowed(Stage.class)
            .required("started_at", TimestampType, "Start (UTC)", "2024-03-01 02:00:00")
            .required("finished_at", TimestampType, "End (UTC)", "2024-03-01 02:03:10")
            .required("status", StringType, "How the stage ended", "succeeded")
            .allowed(RunStatus.class)
            .required("input_rows", LongType, "Rows the stage read", "1000")
            .required("output_rows", LongType, "Rows the stage produced", "990")
            .required("rejected_rows", LongType, "Rows the stage rejected", "10")
            .col("config", StringType, "Effective settings (JSON)", "{\"warehouse\":\"./warehouse\",...}")
            .col("version", StringType, "RegionPulse version and gazetteer version", "0.1.0 gazetteer=2024.1")
            .col("detail", StringType, "Error message or notes", "")
            .key("run_id", "stage")
            .writePattern("Append")
            .build();
}
