package io.regionpulse.stages;

import static org.apache.spark.sql.functions.*;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import io.regionpulse.dedup.DedupSettings;
import io.regionpulse.dedup.MinHasher;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.TextSignatures;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * dedup: assigns {@code story_id} and {@code is_canonical} to the documents that have none yet
 * (and re-points earlier documents when a new one bridges two earlier stories).
 *
 * <ol>
 *   <li>Exact copies share a {@code content_hash} and so one graph node and one signature.
 *   <li>The window: only texts published within {@code window-days} of the earliest and latest
 *       pending text take part (a night's cost follows the window's volume, not the archive's);
 *       a pair is compared only if some of its documents were published at most {@code
 *       window-days} apart (undated texts: always). Exact copies join whatever their dates.
 *   <li>Every text of the window without a signature of the current scheme gets one ({@code
 *       text_signatures}); texts are read from the pending documents only, unless the scheme changed.
 *   <li>LSH: each signature is cut into bands; texts sharing a band key are candidates. Only
 *       buckets touched by a new text are read, and each member is compared with at most
 *       {@code bucket-anchors} members of its bucket, so the pairs grow linearly with a huge
 *       bucket instead of quadratically. No all-pairs comparison anywhere.
 *   <li>Verification from the signatures and shingle counts: estimated Jaccard ≥ threshold, or a
 *       truncated copy (shorter ≥ {@code min-length-ratio} of the longer, containment ≥
 *       threshold).
 *   <li>Connected components by min-label propagation over a graph whose nodes are the new texts
 *       and the earlier stories (an earlier story is one node: its members are already connected).
 *       Labels order earlier stories first, then by (earliest published, longest, doc_id): a story
 *       that gains documents keeps its id, a merge of earlier stories keeps the id of the one with
 *       the earliest member, and a story of new documents is named {@code "s-" + doc_id} of its
 *       canonical document.
 *   <li>{@code is_canonical}: earliest published, then longest, then smallest doc_id, recomputed
 *       for the stories that changed and for the window's earlier stories left without one (a
 *       re-cleaned canonical document whose new text left its story). One MERGE writes only rows whose values change; a rerun
 *       finds nothing pending and writes nothing.
 * </ol>
 */
public final class DedupJob {
    private static final Logger LOG = LoggerFactory.getLogger(DedupJob.class);

    static final StructType SIGNATURE = new StructType()
            .add("content_hash", DataTypes.StringType, false)
            .add("scheme", DataTypes.StringType, false)
            .add("shingles", DataTypes.IntegerType, false)
            .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
            .add("run_id", DataTypes.StringType, false);

    static final StructType BAND = new StructType()
            .add("band_key", DataTypes.LongType, false)
            .add("content_hash", DataTypes.StringType, false);

    static final StructType VERDICT = new StructType()
            .add("hash_a", DataTypes.StringType, false)
            .add("hash_b", DataTypes.StringType, false)
            .add("jaccard", DataTypes.DoubleType, false)
            .add("containment", DataTypes.DoubleType, false)
            .add("duplicate", DataTypes.BooleanType, false);

    private DedupJob() {}

    public static StageResult run(RunContext ctx) {
        DedupSettings settings = DedupSettings.from(ctx.settings().config());
        int windowDays = DedupSettings.windowDays(ctx.settings().config());
        Warehouse w = ctx.warehouse();
        w.ensure(TextSignatures.DEF);
        Dataset<Row> docs = w.read(Documents.DEF)
                .select(
                        "doc_id",
                        "content_hash",
                        "published_at",
                        "published_date",
                        "char_count",
                        "story_id",
                        "is_canonical");
        Dataset<Row> pending = docs.filter(col("story_id").isNull()).persist(StorageLevel.MEMORY_AND_DISK());
        List<Dataset<Row>> cached = new ArrayList<>(List.of(pending));
        try {
            long pendingCount = pending.count();
            LOG.info("dedup: {} documents pending", pendingCount);
            if (pendingCount == 0) {
                return StageResult.of(Stage.DEDUP, 0, 0, 0);
            }
            Column scope = windowScope(pending, windowDays);
            addMissingSignatures(w, settings, ctx.runId(), scope);
            Dataset<Row> signatures = w.read(TextSignatures.DEF)
                    .filter(col("scheme").equalTo(settings.scheme()))
                    .select("content_hash", "shingles", "signature");
            Dataset<Row> hashDates = null;
            if (windowDays > 0) {
                // The texts published within the window of some pending text, with their date span.
                hashDates = docs.filter(scope)
                        .groupBy("content_hash")
                        .agg(
                                min("published_date").as("date_lo"),
                                max("published_date").as("date_hi"))
                        .persist(StorageLevel.MEMORY_AND_DISK());
                cached.add(hashDates);
                signatures = signatures.join(hashDates.select("content_hash"), "content_hash", "left_semi");
            }
            Assignment a = assign(docs, pending, signatures, settings, hashDates, windowDays, cached);
            // Materialised before the MERGE rewrites the rows it was computed from (a persisted
            // dataset could be recomputed from the new table version after an eviction).
            Dataset<Row> changes = a.changes().localCheckpoint();
            long changed = changes.count();
            w.delta(Documents.DEF)
                    .as("t")
                    .merge(
                            changes.select("doc_id", "new_story", "new_canonical")
                                    .as("s"),
                            "t.doc_id = s.doc_id")
                    .whenMatched("t.story_id IS NULL OR t.story_id <> s.new_story OR t.is_canonical IS NULL "
                            + "OR t.is_canonical <> s.new_canonical")
                    .updateExpr(Map.of("story_id", "s.new_story", "is_canonical", "s.new_canonical"))
                    .execute();
            Dataset<Row> moved = changes.filter(
                            col("story_id").isNotNull().and(col("story_id").notEqual(col("new_story"))))
                    .select(col("doc_id"), col("new_story"));
            long movedCount = moved.count();
            if (movedCount > 0) {
                // region_mentions and metrics denormalise story_id: earlier documents whose story merged
                // into another one are re-pointed there too.
                repoint(w, RegionMentions.DEF, moved);
                repoint(w, Metrics.DEF, moved);
            }
            String detail = String.format(
                    "%d candidate pairs, %d near-duplicate pairs, %d stories touched, "
                            + "%d earlier documents moved to a merged story",
                    a.candidates(), a.duplicates(), a.storiesTouched(), movedCount);
            LOG.info("dedup: {}", detail);
            return new StageResult(Stage.DEDUP, RunStatus.SUCCEEDED, pendingCount, changed, 0, detail);
        } finally {
            cached.forEach(Dataset::unpersist);
        }
    }

    /** What {@link #assign} found; {@code changes} holds the rows whose story or canonical flag change. */
    record Assignment(Dataset<Row> changes, long candidates, long duplicates, long storiesTouched) {}

    /**
     * The documents a night's dedup looks at: the pending ones and those published within {@code
     * windowDays} of the earliest and latest pending publish date (everything when the window is
     * 0, or when no pending document has a date and the window is moot).
     */
    static Column windowScope(Dataset<Row> pending, int windowDays) {
        if (windowDays <= 0) {
            return lit(true);
        }
        Row range = pending.agg(min("published_date"), max("published_date")).first();
        if (range.isNullAt(0)) {
            return col("story_id").isNull();
        }
        java.time.LocalDate lo = ((java.time.LocalDate) range.get(0)).minusDays(windowDays);
        java.time.LocalDate hi = ((java.time.LocalDate) range.get(1)).plusDays(windowDays);
        return col("story_id").isNull().or(col("published_date").between(lit(lo), lit(hi)));
    }

    /**
     * Computes a signature for every text in {@code scope} that has none of the current scheme
     * yet. Only the key columns of the scope are compared with the stored signatures; texts are
     * read from the pending documents, and from earlier ones only when some are missing there too
     * (a changed scheme).
     */
    static void addMissingSignatures(Warehouse w, DedupSettings settings, String runId, Column scope) {
        Dataset<Row> have = w.read(TextSignatures.DEF)
                .filter(col("scheme").equalTo(settings.scheme()))
                .select("content_hash");
        Dataset<Row> docs = w.read(Documents.DEF).filter(scope);
        Dataset<Row> missing = docs.select("content_hash").distinct().join(have, "content_hash", "left_anti");
        Dataset<Row> pendingDocs = docs.filter(col("story_id").isNull());
        Dataset<Row> texts = pendingDocs.select("content_hash", "text").join(missing, "content_hash", "left_semi");
        Dataset<Row> others = missing.join(pendingDocs.select("content_hash"), "content_hash", "left_anti");
        if (!others.isEmpty()) {
            texts = texts.union(docs.filter(col("story_id").isNotNull())
                    .select("content_hash", "text")
                    .join(others, "content_hash", "left_semi"));
        }
        MinHasher hasher = new MinHasher(settings);
        w.insertNew(
                TextSignatures.DEF,
                texts.dropDuplicates("content_hash")
                        .mapPartitions(signaturePartition(hasher, runId), Encoders.row(SIGNATURE)));
    }

    static MapPartitionsFunction<Row, Row> signaturePartition(MinHasher hasher, String runId) {
        String scheme = hasher.settings().scheme();
        return rows -> Stages.mapRows(rows, r -> {
            MinHasher.Signature s = hasher.signatureOf(r.getString(1));
            return RowFactory.create(r.getString(0), scheme, s.shingles(), boxed(s.values()), runId);
        });
    }

    /**
     * The story of every pending document and of the earlier documents whose story changes.
     *
     * @param docs documents (doc_id, content_hash, published_at, char_count, story_id, is_canonical)
     * @param pending the documents without story_id
     * @param signatures (content_hash, shingles, signature) of the current scheme (of the window's texts)
     * @param hashDates (content_hash, date_lo, date_hi) of the texts in the window, or null (no window)
     * @param windowDays two texts are candidates only if some of their documents were published
     *     at most this many days apart (either undated: always); unused without hashDates
     * @param cached datasets this method persisted, for the caller to release
     */
    static Assignment assign(
            Dataset<Row> docs,
            Dataset<Row> pending,
            Dataset<Row> signatures,
            DedupSettings settings,
            Dataset<Row> hashDates,
            int windowDays,
            List<Dataset<Row>> cached) {
        MinHasher hasher = new MinHasher(settings);
        Dataset<Row> old = docs.filter(col("story_id").isNotNull());
        // One story per text (exact copies always share one; min() guards against a hand-edited table).
        // Only the texts this night can touch: the pending ones and those in the window (which holds them).
        Dataset<Row> oldInScope = hashDates == null
                ? old
                : old.join(broadcast(hashDates.select("content_hash")), "content_hash", "left_semi");
        Dataset<Row> oldHash =
                oldInScope.groupBy("content_hash").agg(min("story_id").as("old_story"));
        Dataset<Row> newHash = pending.select("content_hash").distinct().join(oldHash, "content_hash", "left_anti");
        // A new text is named by its earliest document until it joins a larger story.
        Dataset<Row> newHashLabel = pending.join(newHash, "content_hash", "left_semi")
                .groupBy("content_hash")
                .agg(min(sortKey()).as("own_label"))
                .select(col("content_hash"), concat(lit("1|"), col("own_label")).as("own_label"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(newHashLabel);

        // Candidate pairs from the band buckets that contain at least one new text.
        Dataset<Row> allBands = signatures.flatMap(bandsOf(hasher), Encoders.row(BAND));
        Dataset<Row> newKeys = allBands.join(newHash, "content_hash", "left_semi")
                .select("band_key")
                .distinct();
        Dataset<Row> touched = allBands.join(newKeys, "band_key", "left_semi")
                .join(newHash.withColumn("is_new", lit(true)), "content_hash", "left")
                .withColumn("is_new", coalesce(col("is_new"), lit(false)))
                .withColumn(
                        "rank", row_number().over(Window.partitionBy("band_key").orderBy("content_hash")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(touched);
        Dataset<Row> a = touched.as("a");
        Dataset<Row> b =
                touched.filter(col("rank").leq(settings.bucketAnchors())).as("b");
        Dataset<Row> pairs = a.join(
                        b,
                        col("a.band_key")
                                .equalTo(col("b.band_key"))
                                .and(col("a.rank").gt(col("b.rank")))
                                .and(col("a.is_new").or(col("b.is_new"))))
                .select(
                        least(col("a.content_hash"), col("b.content_hash")).as("hash_a"),
                        greatest(col("a.content_hash"), col("b.content_hash")).as("hash_b"))
                .distinct();
        if (hashDates != null) {
            pairs = withinWindow(pairs, hashDates, windowDays);
        }
        Dataset<Row> sa = signatures.toDF("hash_a", "shingles_a", "signature_a");
        Dataset<Row> sb = signatures.toDF("hash_b", "shingles_b", "signature_b");
        Dataset<Row> verdicts = pairs.join(sa, "hash_a")
                .join(sb, "hash_b")
                .select("hash_a", "shingles_a", "signature_a", "hash_b", "shingles_b", "signature_b")
                .mapPartitions(verifyPartition(hasher), Encoders.row(VERDICT))
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(verdicts);
        long candidates = verdicts.count();
        Dataset<Row> duplicatePairs = verdicts.filter(col("duplicate"));
        long duplicates = duplicatePairs.count();

        // Graph: new texts are nodes "h:<hash>", earlier stories are nodes "s:<story_id>".
        Dataset<Row> nodeOf = oldHash.select(
                        col("content_hash"), concat(lit("s:"), col("old_story")).as("node"))
                .unionByName(newHash.select(
                        col("content_hash"),
                        concat(lit("h:"), col("content_hash")).as("node")));
        Dataset<Row> na = nodeOf.toDF("hash_a", "node_a");
        Dataset<Row> nb = nodeOf.toDF("hash_b", "node_b");
        Dataset<Row> edges = duplicatePairs
                .select("hash_a", "hash_b")
                .join(na, "hash_a")
                .join(nb, "hash_b")
                .filter(col("node_a").notEqual(col("node_b")))
                .select(
                        least(col("node_a"), col("node_b")).as("src"),
                        greatest(col("node_a"), col("node_b")).as("dst"))
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(edges);
        Dataset<Row> graphNodes = edges.select(col("src").as("node"))
                .union(edges.select(col("dst").as("node")))
                .distinct();
        Dataset<Row> storyNodes = graphNodes
                .filter(col("node").startsWith("s:"))
                .select(expr("substring(node, 3)").as("story_id"));
        Dataset<Row> storyLabels = old.join(storyNodes, "story_id", "left_semi")
                .groupBy("story_id")
                .agg(min(sortKey()).as("key"))
                .select(
                        concat(lit("s:"), col("story_id")).as("node"),
                        concat(lit("0|"), col("key"), lit("|"), col("story_id")).as("label"));
        Dataset<Row> textLabels = graphNodes
                .filter(col("node").startsWith("h:"))
                .select(col("node"), expr("substring(node, 3)").as("content_hash"))
                .join(newHashLabel, "content_hash")
                .select(col("node"), col("own_label").as("label"));
        Dataset<Row> labels = propagate(edges, storyLabels.unionByName(textLabels), settings.maxIterations());
        cached.add(labels);

        // Earlier stories merged into another one.
        Dataset<Row> storyMap = labels.filter(col("node").startsWith("s:"))
                .select(
                        expr("substring(node, 3)").as("story_id"),
                        storyName(col("label")).as("mapped"))
                .filter(col("story_id").notEqual(col("mapped")));

        Dataset<Row> pendingAssigned = pending.join(oldHash, "content_hash", "left")
                .join(newHashLabel, "content_hash", "left")
                .withColumn(
                        "node",
                        when(col("old_story").isNotNull(), concat(lit("s:"), col("old_story")))
                                .otherwise(concat(lit("h:"), col("content_hash"))))
                .join(labels, "node", "left")
                .withColumn(
                        "new_story",
                        when(col("label").isNotNull(), storyName(col("label")))
                                .when(col("old_story").isNotNull(), col("old_story"))
                                .otherwise(storyName(col("own_label"))))
                .select("doc_id", "published_at", "char_count", "story_id", "is_canonical", "new_story");
        // Earlier stories of the window left without a canonical document (its text was re-cleaned
        // and it left the story): their canonical is chosen again among the members they still have.
        // (all members count: the canonical may have been published before the window)
        Dataset<Row> orphaned = old.join(oldInScope.select("story_id").distinct(), "story_id", "left_semi")
                .groupBy("story_id")
                .agg(max(coalesce(col("is_canonical").cast("int"), lit(0))).as("has_canonical"))
                .filter(col("has_canonical").equalTo(0))
                .select(col("story_id").as("new_story"));
        Dataset<Row> touchedStories = pendingAssigned
                .select(col("new_story"))
                .union(orphaned)
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        cached.add(touchedStories);
        long storiesTouched = touchedStories.count();
        Dataset<Row> oldMembers = old.join(storyMap, "story_id", "left")
                .withColumn("new_story", coalesce(col("mapped"), col("story_id")))
                .join(touchedStories, "new_story", "left_semi")
                .select("doc_id", "published_at", "char_count", "story_id", "is_canonical", "new_story");
        Dataset<Row> changes = pendingAssigned
                .unionByName(oldMembers)
                .withColumn(
                        "new_canonical",
                        row_number()
                                .over(Window.partitionBy("new_story")
                                        .orderBy(
                                                col("published_at").asc_nulls_last(),
                                                col("char_count").desc(),
                                                col("doc_id")))
                                .equalTo(1))
                .filter(col("story_id")
                        .isNull()
                        .or(col("story_id").notEqual(col("new_story")))
                        .or(col("is_canonical").isNull())
                        .or(col("is_canonical").notEqual(col("new_canonical"))))
                .select("doc_id", "story_id", "new_story", "new_canonical");
        return new Assignment(changes, candidates, duplicates, storiesTouched);
    }

    /** The pairs of texts some of whose documents were published at most {@code days} apart (undated: kept). */
    static Dataset<Row> withinWindow(Dataset<Row> pairs, Dataset<Row> hashDates, int days) {
        Dataset<Row> da = hashDates.toDF("hash_a", "lo_a", "hi_a");
        Dataset<Row> db = hashDates.toDF("hash_b", "lo_b", "hi_b");
        Column undated = col("lo_a").isNull().or(col("lo_b").isNull());
        Column near = date_sub(col("lo_b"), days)
                .leq(col("hi_a"))
                .and(date_sub(col("lo_a"), days).leq(col("hi_b")));
        return pairs.join(da, "hash_a")
                .join(db, "hash_b")
                .filter(undated.or(near))
                .select("hash_a", "hash_b");
    }

    /**
     * Min-label propagation: every node takes the smallest label among itself and its neighbours
     * until nothing changes (rounds ≈ the longest shortest path to a component's minimum, small for
     * syndication clusters). Each round is checkpointed so that the plan does not grow.
     */
    static Dataset<Row> propagate(Dataset<Row> edges, Dataset<Row> initial, int maxIterations) {
        Dataset<Row> labels = initial.localCheckpoint();
        for (int i = 1; ; i++) {
            Dataset<Row> l = labels.toDF("n", "l");
            Dataset<Row> forward = edges.join(l, edges.col("src").equalTo(l.col("n")))
                    .select(col("dst").as("node"), col("l").as("label"));
            Dataset<Row> backward = edges.join(l, edges.col("dst").equalTo(l.col("n")))
                    .select(col("src").as("node"), col("l").as("label"));
            Dataset<Row> next = labels.union(forward)
                    .union(backward)
                    .groupBy("node")
                    .agg(min("label").as("label"))
                    .localCheckpoint();
            Dataset<Row> prev = labels.toDF("node", "previous");
            long changed = next.join(prev, "node")
                    .filter(col("label").notEqual(col("previous")))
                    .count();
            LOG.info("dedup: label propagation round {}: {} labels changed", i, changed);
            labels = next;
            if (changed == 0) {
                return labels;
            }
            if (i >= maxIterations) {
                throw new IllegalStateException("dedup: story labels did not settle after " + maxIterations
                        + " rounds (raise regionpulse.dedup.max-iterations)");
            }
        }
    }

    /** Orders documents like is_canonical does: earliest published, longest, smallest doc_id. */
    static Column sortKey() {
        Column ts = coalesce(
                lpad(unix_seconds(col("published_at")).plus(100_000_000_000L).cast("string"), 12, "0"),
                lit("999999999999"));
        Column length = lpad(lit(2_000_000_000L).minus(col("char_count")).cast("string"), 10, "0");
        return concat(ts, lit("|"), length, lit("|"), col("doc_id"));
    }

    /** "0|…|story_id" → story_id; "1|…|doc_id" → "s-" + doc_id. */
    static Column storyName(Column label) {
        Column last = substring_index(label, "|", -1);
        return when(label.startsWith("0|"), last).otherwise(concat(lit("s-"), last));
    }

    static void repoint(Warehouse w, TableDef table, Dataset<Row> moved) {
        w.delta(table)
                .as("t")
                .merge(moved.as("s"), "t.doc_id = s.doc_id")
                .whenMatched("t.story_id IS NULL OR t.story_id <> s.new_story")
                .updateExpr(Map.of("story_id", "s.new_story"))
                .execute();
    }

    static FlatMapFunction<Row, Row> bandsOf(MinHasher hasher) {
        return r -> {
            String hash = r.getString(0);
            long[] keys = hasher.bandKeys(ints(r.getList(2)));
            List<Row> out = new ArrayList<>(keys.length);
            for (long k : keys) {
                out.add(RowFactory.create(k, hash));
            }
            return out.iterator();
        };
    }

    static MapPartitionsFunction<Row, Row> verifyPartition(MinHasher hasher) {
        return rows -> Stages.mapRows(rows, r -> {
            MinHasher.Verdict v = hasher.verify(ints(r.getList(2)), r.getInt(1), ints(r.getList(5)), r.getInt(4));
            return RowFactory.create(r.getString(0), r.getString(3), v.jaccard(), v.containment(), v.duplicate());
        });
    }

    static int[] ints(List<Integer> xs) {
        int[] out = new int[xs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xs.get(i);
        }
        return out;
    }

    static Integer[] boxed(int[] xs) {
        Integer[] out = new Integer[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i];
        }
        return out;
    }
}
