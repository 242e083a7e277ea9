package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * Internal bookkeeping of the aggregate stage, not a product table: one row per document with the
 * fingerprint of everything the gold tables read from it. A run compares the current
 * fingerprints with these, recomputes the periods of the documents that differ (their old and
 * new date), and writes this table last, so a run that dies half-way is redone in full by the next.
 */
public final class AggregateState {
    private AggregateState() {}

    public static final TableDef DEF = TableDef.builder(
                    "aggregate_state",
                    "internal",
                    "Aggregate stage bookkeeping: the fingerprint each document had when the gold tables were last computed.")
            .required("doc_id", StringType, "Document", "9a0c...")
            .col(
                    "published_date",
                    DateType,
                    "Its publication date then (null: excluded from the timelines)",
                    "2023-06-17")
            .required(
                    "fingerprint", StringType, "Hash of date, story, source, keywords, mentions and metrics", "5be1...")
            .required(
                    "config_hash",
                    StringType,
                    "Aggregate settings and gazetteer version the rows were computed with",
                    "regions=20;...")
            .required("run_id", StringType, "Run that computed them", "run-20240301T020000Z-1a2b3c")
            .key("doc_id")
            .writePattern(
                    "Written last by every aggregate run that changed something: MERGE of the rows of the documents in the sources' change feed since the last run (overwritten on a full run); the commit's userMetadata records the source versions read (sources:documents=N,region_mentions=N,metrics=N)")
            .build();
}
