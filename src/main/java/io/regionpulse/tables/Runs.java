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
                    "One row per stage per run, written as `running` when the stage starts and completed when it ends."
                            + " Counts are rows actually written and add up: for ingest input = pages + rejects + duplicates;"
                            + " for clean input (pending pages) = documents + rejects + duplicates.")
            .required(
                    "run_id",
                    StringType,
                    "Run id (UTC start time and a hash of the arguments)",
                    "run-20240301T020000Z-1a2b3c")
            .required("stage", StringType, "Stage of the pipeline", "clean")
            .allowed(Stage.class)
            .required("started_at", TimestampType, "Start (UTC)", "2024-03-01 02:00:00")
            .required(
                    "finished_at",
                    TimestampType,
                    "End (UTC); for running the start, for abandoned when a later run found it",
                    "2024-03-01 02:03:10")
            .required(
                    "status",
                    StringType,
                    "How the stage ended: running until it does; failed has the error's first line in detail;"
                            + " abandoned is set by a later run when the process that ran it is gone (killed)",
                    "succeeded")
            .allowed(RunStatus.class)
            .required("input_rows", LongType, "Rows the stage read", "1000")
            .required(
                    "output_rows",
                    LongType,
                    "Rows the stage actually wrote (ingest: pages inserted; clean: documents inserted)",
                    "940")
            .required(
                    "rejected_rows",
                    LongType,
                    "Rejects the stage actually wrote (rows in rejects with this run_id and stage)",
                    "10")
            .col("config", StringType, "Effective settings (JSON)", "{\"warehouse\":\"./warehouse\",...}")
            .col(
                    "version",
                    StringType,
                    "RegionPulse version and the rule version of each stage (as on documents: clean_version,"
                            + " extract_version, gazetteer_version)",
                    "0.1.0 clean=c1-5d0e9a7b extract=x2-a41f03c2 gazetteer=2026.1+e4e1d68bc7")
            .col("detail", StringType, "Error message or notes", "")
            .col(
                    "duplicate_rows",
                    LongType,
                    "Input rows already in the table (an earlier run ingested the same page, or the run read it twice) and so not"
                            + " written again; input_rows = output_rows + rejected_rows + duplicate_rows for ingest and clean",
                    "50")
            .col(
                    "driver",
                    StringType,
                    "Process that ran the stage (pid@host): a later run marks a running row abandoned when that process is gone",
                    "48213@etl-01")
            .key("run_id", "stage")
            .writePattern("Append")
            .build();
}
