package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.metrics.MetricMention;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.RowBuilder;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * extract: documents not extracted yet (keywords null) → {@code region_mentions},
 * {@code metrics} and {@code documents.keywords}. The documents are marked last, so a run killed
 * half-way re-extracts them and the insert-only MERGEs add nothing twice.
 */
public final class ExtractJob {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    /** A region mention as the analysis gives it: the contract row without the document's columns. */
    static final StructType MENTION = RegionMentions.DEF.struct("doc_id", "story_id", "published_date");

    /** A metric as the analysis gives it: the contract row without the document's columns. */
    static final StructType METRIC = Metrics.DEF.struct("doc_id", "story_id", "published_date");

    private static final RowBuilder MENTION_ROWS = RowBuilder.of(MENTION);
    private static final RowBuilder METRIC_ROWS = RowBuilder.of(METRIC);

    static final StructType STAGED = new StructType()
            .add("doc_id", DataTypes.StringType, false)
            .add("story_id", DataTypes.StringType)
            .add("published_date", DataTypes.DateType)
            .add("keywords", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("mentions", DataTypes.createArrayType(MENTION, false), false)
            .add("metrics", DataTypes.createArrayType(METRIC, false), false);

    private static final RowBuilder STAGED_ROWS = RowBuilder.of(STAGED);

    private ExtractJob() {}

    public static StageResult run(RunContext ctx, Set<String> stopWords) {
        Warehouse w = ctx.warehouse();
        Dataset<Row> pending = w.read(Documents.DEF)
                .filter(col("keywords").isNull())
                .select("doc_id", "story_id", "published_date", "text");
        Broadcast<Gazetteer> gaz = w.spark()
                .sparkContext()
                .broadcast(ctx.gazetteer(), scala.reflect.ClassTag$.MODULE$.apply(Gazetteer.class));
        int limit = ctx.settings().keywordLimit();
        Dataset<Row> staged = Stages.spread(pending)
                .mapPartitions(extractPartition(gaz, stopWords, limit), Encoders.row(STAGED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long docs = staged.count();
            LOG.info("extract: {} documents pending", docs);
            if (docs == 0) {
                return StageResult.of(Stage.EXTRACT, 0, 0, 0);
            }
            Dataset<Row> mentions = staged.select(
                            col("doc_id"),
                            col("story_id"),
                            col("published_date"),
                            explode(col("mentions")).as("m"))
                    .select("doc_id", "story_id", "published_date", "m.*");
            Dataset<Row> metrics = staged.select(
                            col("doc_id"),
                            col("story_id"),
                            col("published_date"),
                            explode(col("metrics")).as("m"))
                    .select("doc_id", "story_id", "published_date", "m.*");
            long mentionCount = mentions.count();
            long metricCount = metrics.count();
            w.insertNew(RegionMentions.DEF, mentions);
            w.insertNew(Metrics.DEF, metrics);
            w.delta(Documents.DEF)
                    .as("t")
                    .merge(staged.select("doc_id", "keywords").as("s"), "t.doc_id = s.doc_id")
                    .whenMatched()
                    .updateExpr(java.util.Map.of("keywords", "s.keywords"))
                    .execute();
            LOG.info("extract: {} region mentions, {} metrics", mentionCount, metricCount);
            return new StageResult(
                    Stage.EXTRACT,
                    RunStatus.SUCCEEDED,
                    docs,
                    mentionCount + metricCount,
                    0,
                    mentionCount + " region mentions, " + metricCount + " metrics");
        } finally {
            staged.unpersist();
        }
    }

    static MapPartitionsFunction<Row, Row> extractPartition(
            Broadcast<Gazetteer> gaz, Set<String> stopWords, int limit) {
        return rows -> {
            // HanLP segments are not serialisable: one analyzer per task.
            DocumentAnalyzer analyzer = new DocumentAnalyzer(gaz.value(), stopWords, limit);
            return Stages.mapRows(rows, r -> extractOne(analyzer, r));
        };
    }

    static Row extractOne(DocumentAnalyzer analyzer, Row r) {
        String docId = r.getAs("doc_id");
        String text = r.getAs("text");
        LocalDate date = r.getAs("published_date");
        Analysis a = analyzer.analyze(text, date);
        List<Row> mentions =
                a.mentions().stream().map(m -> mentionRow(docId, m)).toList();
        List<Row> metrics = a.metrics().stream().map(m -> metricRow(docId, m)).toList();
        return STAGED_ROWS
                .row()
                .set("doc_id", docId)
                .set("story_id", r.getAs("story_id"))
                .set("published_date", date)
                .set("keywords", a.keywords().toArray(new String[0]))
                .set("mentions", mentions.toArray())
                .set("metrics", metrics.toArray())
                .build();
    }

    static Row mentionRow(String docId, RegionMention m) {
        String id = PageIds.hash(docId, String.valueOf(m.start()), String.valueOf(m.end()), m.regionCode());
        return MENTION_ROWS
                .row()
                .set("mention_id", id)
                .set("sentence_index", m.sentenceIndex())
                .set("start", m.start())
                .set("end", m.end())
                .set("surface", m.surface())
                .set("region_code", m.regionCode())
                .set("region_name", m.regionName())
                .set("region_level", m.regionLevel().code())
                .set("province_code", m.provinceCode())
                .set("match_type", m.matchType().code())
                .set("in_organization", m.inOrganization())
                .build();
    }

    static Row metricRow(String docId, MetricMention m) {
        String id = PageIds.hash(
                docId, String.valueOf(m.start()), String.valueOf(m.end()), m.unit(), String.valueOf(m.value()));
        return METRIC_ROWS
                .row()
                .set("metric_id", id)
                .set("sentence_index", m.sentenceIndex())
                .set("start", m.start())
                .set("end", m.end())
                .set("surface", m.surface())
                .set("value", m.value())
                .set("unit", m.unit())
                .set("measure_word", m.measureWord())
                .set("qualifier", MetricMention.code(m.qualifier()))
                .set("indicator", m.indicator())
                .set("indicator_code", m.indicatorCode())
                .set("change", MetricMention.code(m.change()))
                .set("comparison", MetricMention.code(m.comparison()))
                .set("reference_year", m.referenceYear())
                .set("is_target", m.isTarget())
                .set("target_year", m.targetYear())
                .set("scope", m.scope().code())
                .set("region_code", m.regionCode())
                .set("region_name", m.regionName())
                .set("region_link", m.regionLink().code())
                .set("link_reliable", m.linkReliable())
                .build();
    }
}
