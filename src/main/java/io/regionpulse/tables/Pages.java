package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Bronze: every input record as read, bytes untouched. */
public final class Pages {
    private Pages() {}

    public static final TableDef DEF = TableDef.builder(
                    "pages",
                    "bronze",
                    "Every input record as read: one row per page file, JSON line or WARC response. Re-ingesting the same input is a no-op (page_id is a hash of URL/location and bytes).")
            .required(
                    "page_id",
                    StringType,
                    "Stable hash of the URL (or source location) and the raw bytes",
                    "3f9c2a0d5be1c7e41a6b9e02d4c8f311")
            .required(
                    "source_uri",
                    StringType,
                    "File the record came from",
                    "file:/data/crawl/2024-03-01/part-0001.jsonl.gz")
            .required(
                    "record_offset",
                    LongType,
                    "Record position inside the file: line number (jsonl), byte offset (warc), 0 for single-page files",
                    "17")
            .col("url", StringType, "Page URL when known", "https://www.example.com.cn/2024/03/01/abc.html")
            .col(
                    "fetched_at",
                    TimestampType,
                    "When the crawler fetched the page (UTC), if known",
                    "2024-03-01 02:15:00")
            .required("format", StringType, "Input format: txt, html, md, jsonl, warc", "jsonl")
            .col("charset", StringType, "Detected or declared charset of raw", "GB18030")
            .required("raw", BinaryType, "The bytes as read (JSON line, page file, or HTTP payload)", "<binary>")
            .required("run_id", StringType, "Run that first ingested the page", "run-20240301T020000Z-1a2b3c")
            .required(
                    "ingest_date",
                    DateType,
                    "Date of first ingestion: the ingesting run's start date (UTC); partition column",
                    "2024-03-01")
            .partitionBy("ingest_date")
            .key("page_id")
            .writePattern("MERGE on page_id, insert only: reruns add nothing")
            .build();
}
