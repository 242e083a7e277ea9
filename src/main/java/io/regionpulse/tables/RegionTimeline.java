package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Gold: mentions, documents and stories per region and period. */
public final class RegionTimeline {
    private RegionTimeline() {}

    public static final TableDef DEF = TableDef.builder(
                    "region_timeline",
                    "gold",
                    "Per region and period (day, ISO week, month): mentions, documents, stories, sources and share of the period's documents. Rows with is_rollup = true count a province together with its cities.")
            .required("region_code", StringType, "Region", "440000")
            .required("region_name", StringType, "Canonical name", "广东省")
            .required("region_level", StringType, "Level of the region", "province")
            .required("granularity", StringType, "day, week or month", "month")
            .required("period_start", DateType, "First day of the period (weeks start on Monday)", "2023-03-01")
            .required("mentions", LongType, "Mentions in the period", "57")
            .required("documents", LongType, "Documents mentioning the region", "12")
            .required("stories", LongType, "Distinct stories mentioning the region", "10")
            .required("sources", LongType, "Distinct outlets (source_name, else site)", "6")
            .required("share_of_documents", DoubleType, "documents / all documents of the period", "0.084")
            .required(
                    "is_rollup",
                    BooleanType,
                    "True when the counts include the region's member cities (province rollup)",
                    "false")
            .required(
                    "mentions_in_organization",
                    LongType,
                    "Of the mentions, those inside an organisation name (重庆市科技局); included in mentions",
                    "9")
            .required(
                    "period_documents",
                    LongType,
                    "All documents of the period (the denominator of share_of_documents)",
                    "142")
            .partitionBy("granularity")
            .key("granularity", "period_start", "region_code", "is_rollup")
            .writePattern("Recomputed for the periods a run touches; replaceWhere on those periods")
            .build();
}
