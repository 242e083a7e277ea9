package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.Comparison;
import io.regionpulse.codes.Qualifier;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;

/** Silver: each numeric fact in a document text. */
public final class Metrics {
    private Metrics() {}

    public static final TableDef DEF = TableDef.builder(
                    "metrics",
                    "silver",
                    "Each numeric fact in documents.text: value normalised, unit, qualifier, change, target and the region it is about.")
            .required("metric_id", StringType, "Stable hash of doc_id, start and end", "e5f6...")
            .required("doc_id", StringType, "Document", "9a0c...")
            .col("story_id", StringType, "Story of the document", "s-77ab...")
            .col("published_date", DateType, "Publication date of the document (China time)", "2023-06-17")
            .required("sentence_index", IntegerType, "Sentence number in the document, from 0", "12")
            .required("start", IntegerType, "Start offset into documents.text", "230")
            .required("end", IntegerType, "End offset (exclusive)", "239")
            .required("surface", StringType, "Text as written", "67.4亿元")
            .required("value", DoubleType, "Normalised value (亿 = 1e8, 万 = 1e4; percent as written)", "6.74E9")
            .col("unit", StringType, "CNY, USD, percent, percentage_point, count, tonne, ...", "CNY")
            .col("measure_word", StringType, "Measure word of a count: 家, 项, 篇, 个 ...", "家")
            .col("qualifier", StringType, "How the number is hedged", "approx")
            .allowed(Qualifier.class)
            .col(
                    "indicator",
                    StringType,
                    "Phrase naming the quantity, as written (trimmed at clean boundaries)",
                    "技术交易金额")
            .col(
                    "indicator_code",
                    StringType,
                    "Standard indicator from conf/metrics/indicators.tsv (see conf/metrics/README.md), null when none applies",
                    "gdp")
            .col("change", StringType, "A level or a change", "increase")
            .allowed(Change.class)
            .col("comparison", StringType, "Base of a change; null for a level or when not said", "yoy")
            .allowed(Comparison.class)
            .col("reference_year", IntegerType, "Year the number refers to", "2022")
            .required("is_target", BooleanType, "True for goals (到2025年…超过3%)", "false")
            .col("target_year", IntegerType, "Year of the goal", "2025")
            .required(
                    "scope",
                    StringType,
                    "What the number is about: region (region_code set), national, foreign (abroad or world), none",
                    "region")
            .allowed(Scope.class)
            .col(
                    "region_code",
                    StringType,
                    "Region the number is about (only when scope = region); county where named",
                    "长三角 cluster code")
            .col("region_name", StringType, "Name of that region", "长三角")
            .col("region_link", StringType, "How scope and region were decided", "clause_subject")
            .allowed(RegionLink.class)
            .required(
                    "link_reliable",
                    BooleanType,
                    "region_link is of a kind trusted by default (clause_subject, fenbie_list, same_quantity,"
                            + " national_marker, foreign_marker, sentence); metric_timeline keeps only these",
                    "true")
            .key("metric_id")
            .writePattern("MERGE on metric_id, insert only; reprocessing replaces the rows of the documents it covers")
            .build();
}
