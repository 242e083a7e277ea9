package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import org.apache.spark.sql.types.DataTypes;

/** Internal: MinHash signature of each distinct normalised text, kept so that later runs join earlier stories. */
public final class TextSignatures {
    private TextSignatures() {}

    public static final TableDef DEF = TableDef.builder(
                    "text_signatures",
                    "internal",
                    "MinHash signature of each distinct document text (one row per content_hash and signature scheme), kept for incremental dedup.")
            .required(
                    "content_hash",
                    StringType,
                    "documents.content_hash of the texts this signature summarises",
                    "77ab...")
            .required(
                    "scheme",
                    StringType,
                    "Shingle size, number of hash functions and seed the signature was computed with; other schemes are recomputed",
                    "k5-h128-s20240301")
            .required("shingles", IntegerType, "Distinct character shingles of the normalised text", "1706")
            .required(
                    "signature",
                    DataTypes.createArrayType(IntegerType, false),
                    "Minimum of each MinHash function over the shingles",
                    "[1375, 90211, ...]")
            .required("run_id", StringType, "Run that computed the signature", "run-20240301T020000Z-1a2b3c")
            .key("content_hash", "scheme")
            .writePattern(
                    "MERGE on (content_hash, scheme), insert only; read by dedup for band buckets and verification")
            .build();
}
