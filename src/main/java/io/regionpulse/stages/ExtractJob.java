package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.xxhash64;

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
import io.regionpulse.warehouse.RuleVersions;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
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
 * extract: documents not extracted yet (keywords null), or the documents {@code reprocess}
 * selects → {@code region_mentions}, {@code metrics}, {@code documents.keywords} and the
 * documents' {@code extract_version}/{@code gazetteer_version}. A document's child rows are
 * replaced, never added to; the documents are marked last, so a run killed half-way re-extracts
 * them and ends with the same rows.
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

    /**
     * The nightly extract: the documents not extracted yet (keywords null). Such a document has
     * no extract_version either (clean and reprocess reset both, extract sets both): that filter
     * lets Delta skip the files without one by their null counts (an array column has no
     * statistics), so the night reads the night's documents, not the archive's texts.
     */
    public static StageResult run(RunContext ctx, Set<String> stopWords) {
        return run(
                ctx,
                stopWords,
                d -> d.filter(
                        col("extract_version").isNull().and(col("keywords").isNull())),
                Progress.NONE,
                "t.extract_version IS NULL");
    }

    /**
     * Extracts the documents {@code selection} keeps of {@code documents}, in batches of at most
     * {@code regionpulse.reprocess.batch-documents}. Each document's mentions and metrics are
     * replaced (old rows of the document deleted in the same MERGE as the new ones are inserted,
     * one per table), and its keywords and versions are written last: a run killed half-way leaves
     * the document selected by the same command, whose rerun finishes it.
     */
    public static StageResult run(
            RunContext ctx, Set<String> stopWords, UnaryOperator<Dataset<Row>> selection, Progress progress) {
        return run(ctx, stopWords, selection, progress, null);
    }

    /**
     * {@code selected}: SQL true of every selected document in the documents table (null: none
     * known), added to the MERGE that marks them so that Delta reads and rewrites only the files
     * that can hold them.
     */
    private static StageResult run(
            RunContext ctx,
            Set<String> stopWords,
            UnaryOperator<Dataset<Row>> selection,
            Progress progress,
            String selected) {
        Warehouse w = ctx.warehouse();
        Dataset<Row> pending = selection
                .apply(w.read(Documents.DEF))
                .select("doc_id", "story_id", "published_date", "text")
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long docs = pending.count();
            LOG.info("extract: {} documents pending", docs);
            if (docs == 0) {
                return StageResult.of(Stage.EXTRACT, 0, 0, 0);
            }
            long perBatch = Math.max(1, ctx.settings().config().getLong("regionpulse.reprocess.batch-documents"));
            int batches = (int) Math.min(10_000, (docs + perBatch - 1) / perBatch);
            long[] totals = new long[5]; // mentions, metrics, old rows deleted, documents done, old rows rewritten
            for (int b = 0; b < batches; b++) {
                Dataset<Row> batch = batches == 1
                        ? pending
                        : pending.filter(
                                pmod(xxhash64(col("doc_id")), lit(batches)).equalTo(b));
                long[] n = extractBatch(ctx, stopWords, batch, selected);
                for (int i = 0; i < n.length; i++) {
                    totals[i] += n[i];
                }
                progress.done(Stage.EXTRACT, b + 1, batches, totals[3], docs);
            }
            String detail = detail(totals[0], totals[1], totals[4], totals[2]);
            LOG.info("extract: {}", detail);
            return new StageResult(Stage.EXTRACT, RunStatus.SUCCEEDED, docs, totals[0] + totals[1], 0, detail);
        } finally {
            pending.unpersist();
        }
    }

    /**
     * The run's detail: the rows the documents now have ({@code mentions}, {@code metrics}: new
     * and rewritten), how many of them replaced an earlier row of the same key in place, and how
     * many earlier rows are gone.
     */
    static String detail(long mentions, long metrics, long rewritten, long removed) {
        StringBuilder d = new StringBuilder(mentions + " region mentions, " + metrics + " metrics");
        if (rewritten > 0) {
            d.append(", ").append(rewritten).append(" of them replaced an earlier row with the same key");
        }
        if (removed > 0) {
            d.append(", ").append(removed).append(" earlier rows removed");
        }
        return d.toString();
    }

    /**
     * Extracts one batch; returns mentions, metrics (each new + rewritten), old child rows deleted,
     * documents, old child rows rewritten in place.
     */
    static long[] extractBatch(RunContext ctx, Set<String> stopWords, Dataset<Row> batch, String selected) {
        Warehouse w = ctx.warehouse();
        Broadcast<Gazetteer> gaz = w.spark()
                .sparkContext()
                .broadcast(ctx.gazetteer(), scala.reflect.ClassTag$.MODULE$.apply(Gazetteer.class));
        int limit = ctx.settings().keywordLimit();
        Dataset<Row> staged = Stages.spread(batch)
                .mapPartitions(extractPartition(gaz, stopWords, limit), Encoders.row(STAGED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long docs = staged.count();
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
            Dataset<Row> ids = staged.select("doc_id");
            long[] m = w.replaceChildren(RegionMentions.DEF, mentions, ids, "doc_id");
            long[] x = w.replaceChildren(Metrics.DEF, metrics, ids, "doc_id");
            RuleVersions v = ctx.rules();
            w.delta(Documents.DEF)
                    .as("t")
                    .merge(
                            staged.select("doc_id", "keywords").as("s"),
                            (selected == null ? "" : "(" + selected + ") AND ") + "t.doc_id = s.doc_id")
                    .whenMatched()
                    .updateExpr(Map.of(
                            "keywords",
                            "s.keywords",
                            "extract_version",
                            Warehouse.sqlString(v.extract()),
                            "gazetteer_version",
                            Warehouse.sqlString(v.gazetteer())))
                    .execute();
            return new long[] {m[0] + m[2], x[0] + x[2], m[1] + x[1], docs, m[2] + x[2]};
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
