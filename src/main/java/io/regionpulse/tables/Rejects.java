package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.RejectReason;
import io.regionpulse.codes.Stage;

/** Every record or page that could not be used, with a stable reason code. */
public final class Rejects {
    private Rejects() {}

    public static final TableDef DEF = TableDef.builder(
                    "rejects",
                    "bronze",
                    "Input that could not be used, with a stable reason code. For every run: input records = pages + rejects(ingest)"
                            + " + duplicates, and pending pages = documents + rejects(clean) + duplicates (runs.duplicate_rows).")
            .required("reject_id", StringType, "Stable hash of source_uri, record_offset, stage and page_id", "b1e2...")
            .required("source_uri", StringType, "File the record came from", "file:/data/crawl/bad.jsonl")
            .col("record_offset", LongType, "Record position inside the file", "3")
            .col("page_id", StringType, "The page, when the record got as far as pages", "3f9c2a0d...")
            .required("stage", StringType, "Stage that rejected it: ingest or clean", "clean")
            .allowed(Stage.class)
            .required(
                    "reason",
                    StringType,
                    "Why it could not be used. A blank JSON line is empty_input; a WARC record whose Content-Length lies,"
                            + " a truncated gzip member or a reader failing mid-file is malformed_record (detail: offset, cause);"
                            + " a dangling symlink or a symlink cycle is unreadable",
                    "empty_after_cleaning")
            .allowed(RejectReason.class)
            .col("detail", StringType, "Human-readable detail", "only 4 chars of text after boilerplate removal")
            .col("sample", BinaryType, "First bytes of the record (up to 256)", "<binary>")
            .required("run_id", StringType, "Run that first rejected it", "run-20240301T020000Z-1a2b3c")
            .key("reject_id")
            .writePattern("MERGE on reject_id, insert only")
            .build();
}
