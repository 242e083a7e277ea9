package io.regionpulse.dedup;

import static org.apache.spark.sql.functions.*;

import io.regionpulse.jobs.RunContext;
import io.regionpulse.jobs.StageResult;
import io.regionpulse.jobs.Warehouse;
import io.regionpulse.tables.Documents;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * dedup: assigns {@code story_id} and {@code is_canonical} to documents.
 *
 * <p>FOUNDATION VERSION: exact duplicates only (same content_hash → same story); the near-
 * duplicate work replaces this with MinHash/LSH.
 */
public final class DedupJob {
  private DedupJob() {}

  public static StageResult run(RunContext ctx) {
    Warehouse w = ctx.warehouse();
    Dataset<Row> docs = w.read(Documents.DEF);
    long pending = docs.filter(col("story_id").isNull()).count();
    if (pending == 0) {
      return StageResult.of("dedup", 0, 0, 0);
    }
    Dataset<Row> assigned = docs
        .withColumn("new_story", concat(lit("s-"), col("content_hash")))
        .withColumn("rank", row_number().over(Window.partitionBy("new_story")
            .orderBy(col("published_at").asc_nulls_last(), col("char_count").desc(), col("doc_id"))))
        .select(col("doc_id"), col("new_story"), col("rank").equalTo(1).as("new_canonical"));
    w.delta(Documents.DEF).as("t")
        .merge(assigned.as("s"), "t.doc_id = s.doc_id")
        .whenMatched("t.story_id IS NULL OR t.story_id <> s.new_story OR t.is_canonical IS NULL OR t.is_canonical <> s.new_canonical")
        .updateExpr(java.util.Map.of("story_id", "s.new_story", "is_canonical", "s.new_canonical"))
        .execute();
    long stories = w.read(Documents.DEF).select("story_id").distinct().count();
    return new StageResult("dedup", "succeeded", pending, stories, 0, stories + " stories");
  }
}
