package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.regionpulse.codes.RejectReason;
import io.regionpulse.codes.Stage;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Pages;
import io.regionpulse.tables.Rejects;
import io.regionpulse.tables.RowBuilder;
import io.regionpulse.tables.Runs;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanedPage;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * clean: pages not cleaned yet → {@code documents} + {@code rejects(stage=clean)}. A page is
 * pending until it has a document or a clean reject, so a rerun (or a rerun after a crash)
 * cleans only what is missing.
 */
public final class CleanJob {
    private static final Logger LOG = LoggerFactory.getLogger(CleanJob.class);

    /** The documents columns the cleaner derives from the page (reprocess replaces exactly these). */
    static final List<String> CLEANED = List.of(
            "url",
            "site",
            "title",
            "published_at",
            "published_date",
            "date_source",
            "source_name",
            "author",
            "original_script",
            "text",
            "char_count",
            "flags",
            "content_hash");

    /** A cleaned page is staged either as a document or as a clean reject ({@code kind}). */
    static final StructType STAGED = new StructType(concat(
            new org.apache.spark.sql.types.StructField[] {
                new org.apache.spark.sql.types.StructField(
                        "kind", DataTypes.StringType, false, org.apache.spark.sql.types.Metadata.empty())
            },
            Rejects.DEF.nullableFields("source_uri", "record_offset"),
            Documents.DEF.nullableFields("page_id", "doc_id"),
            Documents.DEF.nullableFields(CLEANED.toArray(new String[0])),
            Rejects.DEF.nullableFields("reason", "detail", "sample")));

    private static final RowBuilder ROWS = RowBuilder.of(STAGED);

    /** The pages columns the cleaner reads. */
    private static final String[] PAGE_COLUMNS = {
        "page_id", "source_uri", "record_offset", "url", "format", "charset", "raw", "fetched_at"
    };

    private static org.apache.spark.sql.types.StructField[] concat(org.apache.spark.sql.types.StructField[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray(org.apache.spark.sql.types.StructField[]::new);
    }

    private CleanJob() {}

    public static StageResult run(RunContext ctx) {
        Warehouse w = ctx.warehouse();
        String since = pendingSince(w);
        Dataset<Row> pending = pendingPages(w, since);
        Dataset<Row> staged = stage(ctx, pending);
        try {
            long total = staged.count();
            LOG.info("clean: {} pages pending", total);
            if (total == 0) {
                return StageResult.of(Stage.CLEAN, 0, 0, 0);
            }
            Dataset<Row> docs = staged.filter(col("kind").equalTo("doc"))
                    .withColumn("keywords", lit(null).cast(DataTypes.createArrayType(DataTypes.StringType, false)))
                    .withColumn("story_id", lit(null).cast("string"))
                    .withColumn("is_canonical", lit(null).cast("boolean"))
                    .withColumn("run_id", lit(ctx.runId()))
                    .withColumn("clean_version", lit(ctx.rules().clean()))
                    .withColumn("extract_version", lit(null).cast("string"))
                    .withColumn("gazetteer_version", lit(null).cast("string"));
            Dataset<Row> rejects = Stages.rejects(staged, Stage.CLEAN, ctx.runId());
            // A pending page's document or clean reject cannot be older than `since` (see PendingSince).
            String recent = since == null ? null : "t.run_id >= " + Warehouse.sqlString(since);
            long written = w.insertNew(Documents.DEF, docs, recent);
            long rejected = w.insertNew(Rejects.DEF, rejects, recent);
            return StageResult.of(Stage.CLEAN, total, written, rejected, total - written - rejected);
        } finally {
            staged.unpersist();
        }
    }

    /** The pages cleaned (persisted: the caller unpersists), one staged row per page. */
    static Dataset<Row> stage(RunContext ctx, Dataset<Row> pages) {
        return Stages.spread(pages)
                .mapPartitions(cleanPartition(ctx.settings().clean(), ctx.startedAt()), Encoders.row(STAGED))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /**
     * reprocess clean: re-cleans the pages of the selected documents and updates those documents
     * in place (doc_id stays, it is the page's). A document whose text changed loses its story
     * and keywords (dedup and extract take it up again); one whose date changed, its keywords (its
     * child rows carry the date). A page the current rules reject keeps its document as it was
     * (marked with the current clean version: these rules have seen it).
     */
    public static StageResult reclean(RunContext ctx, java.util.function.UnaryOperator<Dataset<Row>> selection) {
        Warehouse w = ctx.warehouse();
        Dataset<Row> docs = selection.apply(w.read(Documents.DEF)).select("doc_id", "page_id", "content_hash");
        Dataset<Row> pages = w.read(Pages.DEF).join(docs.select("page_id"), "page_id");
        Dataset<Row> staged = stage(ctx, pages.selectExpr(PAGE_COLUMNS));
        try {
            long total = staged.count();
            LOG.info("clean: re-cleaning {} pages", total);
            if (total == 0) { // the detail tells this row from a pipeline clean (PendingSince)
                return new StageResult(
                        Stage.CLEAN,
                        io.regionpulse.codes.RunStatus.NOTHING_TO_DO,
                        0,
                        0,
                        0,
                        0,
                        PendingSince.REPROCESS + " nothing to re-clean");
            }
            Dataset<Row> fresh = staged.filter(col("kind").equalTo("doc"));
            long kept = total - fresh.count();
            long changed = fresh.join(docs.withColumnRenamed("content_hash", "old_hash"), "doc_id")
                    .filter(col("content_hash").notEqual(col("old_hash")))
                    .count();
            java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
            for (String c : CLEANED) {
                set.put("`" + c + "`", "s.`" + c + "`");
            }
            String textChanged = "s.content_hash <> t.content_hash";
            String reExtract = textChanged + " OR NOT (s.published_date <=> t.published_date)";
            for (String c : List.of("keywords", "extract_version", "gazetteer_version")) {
                set.put(c, "CASE WHEN " + reExtract + " THEN NULL ELSE t." + c + " END");
            }
            for (String c : List.of("story_id", "is_canonical")) {
                set.put(c, "CASE WHEN " + textChanged + " THEN NULL ELSE t." + c + " END");
            }
            String version = Warehouse.sqlString(ctx.rules().clean());
            set.put("clean_version", version);
            // A page the current rules reject keeps its document, marked as seen by these rules.
            w.delta(Documents.DEF)
                    .as("t")
                    .merge(
                            staged.drop("doc_id")
                                    .join(docs.select("doc_id", "page_id"), "page_id")
                                    .as("s"),
                            "t.doc_id = s.doc_id")
                    .whenMatched("s.kind = 'doc'")
                    .updateExpr(set)
                    .whenMatched()
                    .updateExpr(java.util.Map.of("clean_version", version))
                    .execute();
            return new StageResult(
                    Stage.CLEAN,
                    io.regionpulse.codes.RunStatus.SUCCEEDED,
                    total,
                    total - kept,
                    0,
                    kept,
                    PendingSince.REPROCESS + " " + changed + " documents with changed text (re-dedup, re-extract); "
                            + kept + " pages the current rules reject kept their documents");
        } finally {
            staged.unpersist();
        }
    }

    /**
     * The smallest run id whose pages may be pending ({@link PendingSince}, from the ingest and
     * clean rows of {@code runs}), or null: every page may be.
     */
    static String pendingSince(Warehouse w) {
        if (!w.exists(Runs.DEF)) {
            return null;
        }
        List<PendingSince.RunRow> rows = new java.util.ArrayList<>();
        for (Row r : w.read(Runs.DEF)
                .filter(col("stage").isin(Stage.INGEST.code(), Stage.CLEAN.code()))
                .select("run_id", "stage", "status", "started_at", "finished_at", "detail")
                .collectAsList()) {
            rows.add(new PendingSince.RunRow(
                    r.getString(0),
                    r.getString(1),
                    r.getString(2),
                    instant(r.get(3)),
                    instant(r.get(4)),
                    r.getString(5)));
        }
        String since = PendingSince.since(rows);
        LOG.info("clean: pending pages from run {}", since == null ? "(any)" : since);
        return since;
    }

    private static Instant instant(Object t) {
        return t instanceof java.sql.Timestamp ts ? ts.toInstant() : (Instant) t;
    }

    /**
     * Pages without a document or a clean reject, with their bytes. Only pages, documents and
     * rejects of runs from {@code since} on are read (null: all; Delta skips the files of
     * earlier runs by their run_id statistics). The anti-join runs over the key columns only
     * (page_id, ingest_date, run_id: no page bytes); the bytes are then read only from the
     * ingest_date partitions and run_id files that hold pending pages (a handful of (date, run)
     * pairs, collected to the driver), so a night reads the night's raw bytes, not the archive's.
     */
    static Dataset<Row> pendingPages(Warehouse w, String since) {
        org.apache.spark.sql.Column recent =
                since == null ? lit(true) : col("run_id").geq(lit(since));
        Dataset<Row> keys = w.read(Pages.DEF).filter(recent).select("page_id", "ingest_date", "run_id");
        Dataset<Row> done = w.read(Documents.DEF)
                .filter(recent)
                .select("page_id")
                .union(w.read(Rejects.DEF)
                        .filter(recent.and(col("stage").equalTo(Stage.CLEAN.code())))
                        .select("page_id"));
        Dataset<Row> pendingKeys = keys.join(done, keys.col("page_id").equalTo(done.col("page_id")), "left_anti");
        java.util.List<Row> batches =
                pendingKeys.select("ingest_date", "run_id").distinct().collectAsList();
        Dataset<Row> pages = w.read(Pages.DEF);
        if (batches.isEmpty()) {
            return pages.limit(0).selectExpr(PAGE_COLUMNS);
        }
        org.apache.spark.sql.Column where = lit(false);
        for (Row b : batches) {
            where = where.or(
                    col("ingest_date").equalTo(lit(b.get(0))).and(col("run_id").equalTo(lit(b.getString(1)))));
        }
        return pages.filter(where)
                .join(pendingKeys.select("page_id"), "page_id")
                .selectExpr(PAGE_COLUMNS);
    }

    /**
     * Cleans a partition with one cleaner; {@code runTime} (the run's start, the same on every
     * executor) bounds publication dates of pages that carry no fetch time.
     */
    static MapPartitionsFunction<Row, Row> cleanPartition(CleanerSettings settings, java.time.Instant runTime) {
        return rows -> {
            PageCleaner cleaner = new PageCleaner(settings, new HanlpScriptConverter(), runTime);
            return Stages.mapRows(rows, r -> cleanOne(cleaner, r));
        };
    }

    static Row cleanOne(PageCleaner cleaner, Row r) {
        String pageId = r.getAs("page_id");
        String sourceUri = r.getAs("source_uri");
        Long offset = r.getAs("record_offset");
        byte[] raw = r.getAs("raw");
        PageInput in = new PageInput(
                pageId,
                sourceUri,
                offset == null ? 0 : offset,
                r.getAs("url"),
                r.getAs("format"),
                r.getAs("charset"),
                raw,
                (Instant) r.getAs("fetched_at"));
        CleanOutcome out;
        try {
            out = cleaner.clean(in);
        } catch (RuntimeException | StackOverflowError e) {
            // A cleaner bug on one odd page must not fail the run: the page lands in rejects.
            out = CleanOutcome.reject(RejectReason.CLEANER_ERROR.code(), e.toString());
        }
        if (out.isRejected()) {
            byte[] sample = raw == null ? null : Arrays.copyOf(raw, Math.min(raw.length, 256));
            return ROWS.row()
                    .set("kind", "reject")
                    .set("page_id", pageId)
                    .set("source_uri", sourceUri)
                    .set("record_offset", offset)
                    .set("url", r.getAs("url"))
                    .set("reason", out.rejectReason())
                    .set("detail", out.rejectDetail())
                    .set("sample", sample)
                    .build();
        }
        CleanedPage p = out.page();
        String site = p.site() != null ? p.site() : hostOf(p.url() != null ? p.url() : r.getAs("url"));
        return ROWS.row()
                .set("kind", "doc")
                .set("page_id", pageId)
                .set("source_uri", sourceUri)
                .set("record_offset", offset)
                .set("doc_id", docId(pageId))
                .set("url", p.url() != null ? p.url() : r.getAs("url"))
                .set("site", site)
                .set("title", p.title())
                .set("published_at", p.publishedAt())
                .set("published_date", p.publishedDate())
                .set("date_source", p.dateSource())
                .set("source_name", p.sourceName())
                .set("author", p.author())
                .set("original_script", p.originalScript())
                .set("text", p.text())
                .set("char_count", p.text().length())
                .set("flags", p.flags().toArray(new String[0]))
                .set("content_hash", contentHash(p.text()))
                .build();
    }

    public static String docId(String pageId) {
        return PageIds.hash("doc", pageId);
    }

    /** Hash of the text with whitespace and punctuation removed: the exact-duplicate key. */
    public static String contentHash(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return PageIds.hash(sb.toString());
    }

    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return new URI(url.trim()).getHost();
        } catch (Exception e) {
            return null;
        }
    }
}
