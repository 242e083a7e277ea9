package io.regionpulse.aggregate;

import static org.apache.spark.sql.functions.*;

import io.regionpulse.jobs.RunContext;
import io.regionpulse.jobs.StageResult;
import io.regionpulse.jobs.Warehouse;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.RegionTimeline;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * aggregate: silver tables → gold tables.
 *
 * <p>FOUNDATION VERSION: region_timeline recomputed in full; the trend-table work replaces this
 * with per-period refresh and fills region_comention, region_keywords and metric_timeline.
 */
public final class AggregateJob {
  private AggregateJob() {}

  public static StageResult run(RunContext ctx) {
    Warehouse w = ctx.warehouse();
    Dataset<Row> docs = w.read(Documents.DEF).filter(col("published_date").isNotNull())
        .select(col("doc_id"), col("story_id"), col("published_date"),
            coalesce(col("source_name"), col("site"), lit("unknown")).as("source"));
    Dataset<Row> mentions = w.read(RegionMentions.DEF).select("doc_id", "region_code", "region_name", "region_level");
    Dataset<Row> out = null;
    for (String g : new String[] {"day", "week", "month"}) {
      Column period = period(g, col("published_date"));
      Dataset<Row> totals = docs.groupBy(period.as("period_start")).agg(countDistinct("doc_id").as("total"));
      Dataset<Row> m = mentions.join(docs, "doc_id").withColumn("period_start", period)
          .groupBy("region_code", "region_name", "region_level", "period_start")
          .agg(count(lit(1)).as("mentions"), countDistinct("doc_id").as("documents"),
              countDistinct("story_id").as("stories"), countDistinct("source").as("sources"))
          .join(totals, "period_start")
          .withColumn("share_of_documents", col("documents").divide(col("total")))
          .withColumn("granularity", lit(g))
          .withColumn("is_rollup", lit(false));
      out = out == null ? m : out.unionByName(m, true);
    }
    w.overwrite(RegionTimeline.DEF, out);
    long rows = w.read(RegionTimeline.DEF).count();
    return new StageResult("aggregate", "succeeded", mentions.count(), rows, 0, rows + " region_timeline rows");
  }

  /** First day of the period: the day, the ISO week's Monday, or the month's first day. */
  public static Column period(String granularity, Column date) {
    return switch (granularity) {
      case "day" -> date;
      case "week" -> date_trunc("week", date).cast("date");
      case "month" -> trunc(date, "month");
      default -> throw new IllegalArgumentException("granularity: " + granularity);
    };
  }
}
