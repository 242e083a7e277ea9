package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

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
            .required(
                    "reason",
                    StringType,
                    "Stable code (enum RejectReason): empty_input (also a blank JSON line), binary, too_large,"
                            + " malformed_record (broken JSON line, WARC record whose Content-Length lies, truncated gzip member,"
                            + " reader failure with the exception class), bad_encoding, not_a_page (HTTP status not 2xx),"
                            + " unsupported_format, unreadable (cannot open; dangling symlink; symlink cycle), and from clean"
                            + " empty_after_cleaning, not_chinese, cleaner_error",
                    "empty_after_cleaning")
            .col("detail", StringType, "Human-readable detail", "only 4 chars of text after boilerplate removal")
            .col("sample", BinaryType, "First bytes of the record (up to 256)", "<binary>")
            .required("run_id", StringType, "Run that first rejected it", "run-20240301T020000Z-1a2b3c")
            .key("reject_id")
            .writePattern("MERGE on reject_id, insert only")
            .build();
}
