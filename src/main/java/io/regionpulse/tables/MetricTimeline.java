package io.regionpulse.tables;

import static org.apache.spark.sql.types.DataTypes.*;

/** Gold: indicator series per region. */
public final class MetricTimeline {
    private MetricTimeline() {}

    public static final TableDef DEF = TableDef.builder(
                    "metric_timeline",
                    "gold",
                    "Per region, indicator (standard code where there is one, else normalised phrase), unit and change, per period: observations and value range, and the latest value with its document. Only metrics reliably linked to their region (metrics.link_reliable); targets (到2025年…) are left out.")
            .required("region_code", StringType, "Region the numbers are about", "310000")
            .col("region_name", StringType, "Name of the region", "四川省")
            .required(
                    "indicator",
                    StringType,
                    "Series key: metrics.indicator_code where the metrics have one, else the normalised phrase",
                    "gdp")
            .col(
                    "indicator_code",
                    StringType,
                    "The standard indicator (conf/metrics/indicators.tsv), null for phrase series",
                    "gdp")
            .required("unit", StringType, "Unit", "CNY")
            .required("granularity", StringType, "day, week, month", "month")
            .required("period_start", DateType, "First day of the period", "2023-06-01")
            .required("observations", LongType, "Metric rows", "3")
            .col("value_min", DoubleType, "Smallest value", "1.2E9")
            .col("value_max", DoubleType, "Largest value", "1.86345E11")
            .col("value_avg", DoubleType, "Mean value", "6.1E10")
            .col("latest_value", DoubleType, "Value from the latest published document", "1.86345E11")
            .col("latest_doc_id", StringType, "That document", "9a0c...")
            .required(
                    "change",
                    StringType,
                    "level, increase or decrease: 增长5% and a 5% share are different series",
                    "increase")
            .required("documents", LongType, "Documents the observations come from", "2")
            .partitionBy("granularity")
            .key("granularity", "period_start", "region_code", "indicator", "unit", "change")
            .writePattern("Recomputed for the periods a run touches; replaceWhere on those periods")
            .build();
}
