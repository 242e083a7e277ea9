package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Gold: pairs of regions named together, with association measures. */
public final class RegionComention {
    private RegionComention() {}

    public static final TableDef DEF = TableDef.builder(
                    "region_comention",
                    "gold",
                    "Unordered pairs of regions (region_a < region_b) named in the same document or sentence per period, with PMI, NPMI, Jaccard and Dunning's log-likelihood ratio.")
            .required("granularity", StringType, "day, week, month", "month")
            .required("period_start", DateType, "First day of the period", "2023-03-01")
            .required("region_a", StringType, "Smaller region code of the pair", "500000")
            .required("region_b", StringType, "Larger region code of the pair", "510000")
            .col("region_a_name", StringType, "Canonical name of region_a", "重庆市")
            .col("region_b_name", StringType, "Canonical name of region_b", "四川省")
            .required(
                    "co_documents",
                    LongType,
                    "Documents naming both (directly: a group's name such as 京津冀 pairs with nothing on behalf of its members)",
                    "8")
            .required("co_stories", LongType, "Stories naming both", "6")
            .required("co_sentences", LongType, "Sentences naming both", "11")
            .required("documents_a", LongType, "Documents naming region_a", "20")
            .required("documents_b", LongType, "Documents naming region_b", "15")
            .required("total_documents", LongType, "Documents in the period", "300")
            .col("pmi", DoubleType, "log2(P(a,b) / (P(a) P(b))) over documents", "2.9")
            .col("npmi", DoubleType, "PMI / -log2 P(a,b), in [-1, 1]", "0.55")
            .col("jaccard", DoubleType, "co_documents / (documents_a + documents_b - co_documents)", "0.30")
            .col("llr", DoubleType, "Dunning's G² log-likelihood ratio of the 2x2 document table", "31.2")
            .required(
                    "within_combined",
                    BooleanType,
                    "True when the pair only co-occurs as members of one combined form (川渝 → 四川 + 重庆)",
                    "false")
            .required(
                    "combined_documents",
                    LongType,
                    "Co-documents where the pair is only linked through a combined form (川渝) and one of them is never named on its own",
                    "2")
            .required(
                    "nested",
                    BooleanType,
                    "True when one region contains the other (广东–深圳, 长三角–苏州): co-occurrence by geography",
                    "false")
            .partitionBy("granularity")
            .key("granularity", "period_start", "region_a", "region_b")
            .writePattern("Recomputed for the periods a run touches; replaceWhere on those periods")
            .build();
}
