package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Gold: mentions, documents and stories per region and period. */
public final class RegionTimeline {
    private RegionTimeline() {}

    public static final TableDef DEF = TableDef.builder(
                    "region_timeline",
                    "gold",
                    "Per region and period (day, ISO week, month): mentions, documents, stories, sources and share of the period's documents. mentions/documents/stories/sources count direct mentions (the region's own name, or a combined form naming it such as 川渝); documents_incl_groups also counts documents that name a cluster or macro region listing the region as a member (京津冀 → 天津): 'documents that name 天津' is documents, 'documents that name 天津 or a group containing it' is documents_incl_groups, on the same row. A region named only through groups has a row with documents = 0. Rows with is_rollup = true count a province together with its cities and counties, and a prefecture together with its counties.")
            .required("region_code", StringType, "Region", "440000")
            .required("region_name", StringType, "Canonical name", "广东省")
            .required(
                    "region_level",
                    StringType,
                    "Level of the region (province, city, county, district, zone, cluster, macro_region)",
                    "province")
            .required("granularity", StringType, "day, week or month", "month")
            .required("period_start", DateType, "First day of the period (weeks start on Monday)", "2023-03-01")
            .required("mentions", LongType, "Direct mentions in the period (not through a group)", "57")
            .required("documents", LongType, "Documents naming the region directly", "12")
            .required("stories", LongType, "Distinct stories naming the region directly", "10")
            .required("sources", LongType, "Distinct outlets (source_name, else site) naming the region directly", "6")
            .required("share_of_documents", DoubleType, "documents / all documents of the period", "0.084")
            .required(
                    "is_rollup",
                    BooleanType,
                    "True when the counts include the regions inside it: a province with its cities and counties, a prefecture with its counties",
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
            .col(
                    "mentions_via_groups",
                    LongType,
                    "Mentions of clusters and macro regions listing the region as a member (京津冀 for 天津); not in mentions",
                    "33")
            .col(
                    "documents_incl_groups",
                    LongType,
                    "Documents naming the region directly or through a cluster or macro region it is a member of; >= documents",
                    "20")
            .partitionBy("granularity")
            .key("granularity", "period_start", "region_code", "is_rollup")
            .writePattern("Recomputed for the periods a run touches; replaceWhere on those periods")
            .build();
}
