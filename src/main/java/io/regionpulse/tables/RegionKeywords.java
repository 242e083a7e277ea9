package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Gold: what the news says about a region in a period. */
public final class RegionKeywords {
    private RegionKeywords() {}

    public static final TableDef DEF = TableDef.builder(
                    "region_keywords",
                    "gold",
                    "Per region and period, the keywords of the passages that mention it (its paragraph with the item's heading: a roundup gives each region its own item's words) with document counts and lift against the period's background; the top-K by lift with a minimum support (regionpulse.aggregate.keywords).")
            .required("region_code", StringType, "Region", "500000")
            .required("granularity", StringType, "day, week, month", "month")
            .required("period_start", DateType, "First day of the period", "2023-03-01")
            .required("keyword", StringType, "Keyword", "科技创新")
            .required(
                    "documents",
                    LongType,
                    "Documents of the region with the keyword in a passage mentioning the region",
                    "7")
            .required("lift", DoubleType, "P(keyword | region) / P(keyword | period)", "3.4")
            .required("region_documents", LongType, "Documents of the region in the period", "21")
            .required("background_documents", LongType, "Documents of the period containing the keyword", "9")
            .required("period_documents", LongType, "All documents of the period", "300")
            .partitionBy("granularity")
            .key("granularity", "period_start", "region_code", "keyword")
            .writePattern("Recomputed for the periods a run touches; replaceWhere on those periods")
            .build();
}
