package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * Internal bookkeeping of the aggregate stage, not a product table: a per-document pre-aggregate
 * for {@code region_keywords}. Which of a document's keywords occur in the passages that mention
 * each of its regions depends on that document alone (its text, mentions and keywords), so it is
 * computed once, when the document changes, instead of re-reading every text of a month each time
 * one of its days gains documents.
 */
public final class PassageKeywords {
    private PassageKeywords() {}

    public static final TableDef DEF = TableDef.builder(
                    "passage_keywords",
                    "internal",
                    "Aggregate stage pre-aggregate: the document's keywords found in the passages that mention each of its regions.")
            .required("doc_id", StringType, "Document", "9a0c...")
            .col(
                    "published_date",
                    DateType,
                    "Its publication date when computed (lets a run read only the periods it recomputes)",
                    "2023-06-17")
            .required("region_code", StringType, "A region the document mentions", "330100")
            .required("keyword", StringType, "One of the document's keywords inside a passage mentioning it", "数字经济")
            .required("run_id", StringType, "Run that computed the row", "run-20240301T020000Z-1a2b3c")
            .key("doc_id", "region_code", "keyword")
            .writePattern(
                    "Rows of the documents in the sources' change feed since the last aggregate replaced by one MERGE on the key (rewritten on a full run), before the gold tables and aggregate_state")
            .build();
}
