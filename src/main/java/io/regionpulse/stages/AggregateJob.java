package io.regionpulse.stages;

import static org.apache.spark.sql.functions.*;

import io.regionpulse.aggregate.AggregateSettings;
import io.regionpulse.aggregate.Containment;
import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Region;
import io.regionpulse.regions.RegionCatalog;
import io.regionpulse.tables.AggregateState;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.MetricTimeline;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionComention;
import io.regionpulse.tables.RegionKeywords;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.RegionTimeline;
import io.regionpulse.tables.Regions;
import io.regionpulse.tables.TableDef;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * aggregate: silver tables → {@code region_timeline}, {@code region_comention},
 * {@code region_keywords}, {@code metric_timeline}.
 *
 * <p>Incremental by document fingerprints: every document gets a hash of everything the gold
 * tables read from it (date, story, source, keywords, its mentions and metrics). The periods of
 * the documents whose hash differs from {@link AggregateState} — new, changed (re-extracted,
 * re-clustered by dedup, re-dated) or deleted, at their old and new dates — are recomputed from
 * all documents of those periods and replace the old rows with one {@code replaceWhere} per
 * table (predicate on granularity and period_start). Nothing is incremented in place. When no
 * hash differs nothing is written, so a rerun leaves every table version as it was. A change of
 * the aggregate settings, the gazetteer's regions or containment ({@link #regionsFingerprint};
 * not its names: those change mentions, which the fingerprints catch) or a gold schema
 * recomputes everything (one overwrite per table).
 */
public final class AggregateJob {
    public static final List<String> GRANULARITIES = List.of("day", "week", "month");
    static final List<TableDef> GOLD =
            List.of(RegionTimeline.DEF, RegionComention.DEF, RegionKeywords.DEF, MetricTimeline.DEF);
    private static final Logger LOG = LoggerFactory.getLogger(AggregateJob.class);
    /** The tables whose changes make a document's fingerprint change. */
    static final List<TableDef> SOURCES = List.of(Documents.DEF, RegionMentions.DEF, Metrics.DEF);

    private AggregateJob() {}

    public static StageResult run(RunContext ctx) {
        Warehouse w = ctx.warehouse();
        AggregateSettings settings = AggregateSettings.from(ctx.settings().config());
        boolean migrated = false;
        for (TableDef t : GOLD) {
            w.ensure(t);
            migrated |= addMissingColumns(w, t);
        }
        w.ensure(AggregateState.DEF);
        String configHash = settings.outputFingerprint() + ";regions=" + regionsFingerprint(ctx.gazetteer());

        Dataset<Row> docs = documents(w);
        // Capping is per document, so each use filters the documents first and caps what is left
        // (the window's shuffle then holds those documents' mentions, not the archive's).
        int cap = settings.maxMentionsPerDocumentRegion();
        Dataset<Row> mentions = w.read(RegionMentions.DEF)
                .select(
                        "doc_id",
                        "published_date",
                        "sentence_index",
                        "start",
                        "end",
                        "region_code",
                        "region_name",
                        "region_level",
                        "province_code",
                        "match_type",
                        "in_organization");
        Dataset<Row> metrics = w.read(Metrics.DEF);
        Dataset<Row> previous = w.read(AggregateState.DEF);
        boolean stateEmpty = previous.isEmpty();
        boolean configChanged = !stateEmpty
                && !previous.filter(col("config_hash").notEqual(configHash)).isEmpty();
        boolean full = stateEmpty || configChanged || migrated;
        // The documents touched since the last aggregate (Delta's change feed of the three source
        // tables since the versions it recorded); null: fingerprint every document.
        Map<String, Long> sourceVersions = ChangeFeed.enableAndVersion(w, SOURCES);
        Dataset<Row> touched = full ? null : ChangeFeed.touchedDocs(w, ChangeFeed.bookmark(w), sourceVersions);
        Dataset<Row> docsIn = docs;
        Dataset<Row> mentionsIn = TrendFrames.capMentions(mentions, cap);
        Dataset<Row> metricsIn = metrics;
        if (touched != null) {
            docsIn = docs.join(touched, "doc_id", "left_semi");
            Column ofTouchedDates = onDatesOf(docsIn);
            mentionsIn =
                    TrendFrames.capMentions(mentions.filter(ofTouchedDates).join(touched, "doc_id", "left_semi"), cap);
            metricsIn = metrics.filter(ofTouchedDates).join(touched, "doc_id", "left_semi");
            previous = previous.join(touched, "doc_id", "left_semi");
        }
        Dataset<Row> current = fingerprints(docsIn, mentionsIn, metricsIn).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // among the documents fingerprinted (all of them on a full run, the touched ones otherwise)
            long undated = current.filter(col("published_date").isNull()).count();
            w.ensure(Regions.DEF);
            // one read of the regions table: its rows, and those of another gazetteer version
            Row regionRows = w.read(Regions.DEF)
                    .agg(
                            count(lit(1)),
                            count(when(
                                    not(col("gazetteer_version")
                                            .eqNullSafe(lit(ctx.gazetteer().version()))),
                                    1)))
                    .first();
            if (full || regionRows.getLong(0) == 0 || regionRows.getLong(1) > 0) {
                w.overwrite(Regions.DEF, Warehouse.conform(Regions.DEF, regionsTable(w.spark(), ctx.gazetteer())));
            }

            Dataset<Row> changed = current.as("c")
                    .join(previous.as("p"), col("c.doc_id").equalTo(col("p.doc_id")), "full_outer")
                    .filter(not(col("c.fingerprint").eqNullSafe(col("p.fingerprint"))))
                    .select(
                            col("c.published_date").as("new_date"),
                            col("p.published_date").as("old_date"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            long changedDocs = changed.count();
            if (changedDocs == 0 && !full) {
                changed.unpersist();
                if (touched != null) {
                    touched.unpersist();
                }
                return new StageResult(
                        Stage.AGGREGATE,
                        RunStatus.NOTHING_TO_DO,
                        0,
                        0,
                        0,
                        "no document changed since the last aggregate; " + undated
                                + " documents without published_date");
            }
            Set<LocalDate> dates = new TreeSet<>();
            for (Row r : changed.select(col("new_date").as("d"))
                    .union(changed.select(col("old_date").as("d")))
                    .filter(col("d").isNotNull())
                    .distinct()
                    .collectAsList()) {
                dates.add(r.getAs("d"));
            }
            changed.unpersist();
            Map<String, Set<LocalDate>> affected = affectedPeriods(dates);

            // Not full: only documents published inside the affected periods' span can fall in
            // one of them; the filter lets Delta skip the files of other times (published_date stats).
            Column inSpan = lit(true);
            if (!full) {
                LocalDate[] span = span(affected);
                inSpan = span == null
                        ? lit(false)
                        : col("published_date")
                                .geq(lit(span[0]))
                                .and(col("published_date").lt(lit(span[1])));
            }
            Dataset<Row> spanDocs = docs.filter(inSpan);
            Dataset<Row> dp = TrendFrames.docPeriods(spanDocs);
            Dataset<Row> docKeywords = spanDocs.filter(col("keywords").isNotNull())
                    .select(
                            col("doc_id"),
                            explode(array_distinct(col("keywords"))).as("keyword"));
            Dataset<Row> periodMentions = mentions;
            Dataset<Row> periodMetrics = metrics;
            if (!full) {
                dp = dp.join(broadcast(periodFrame(w.spark(), affected)), new String[] {"granularity", "period_start"});
            }
            dp = dp.persist(StorageLevel.MEMORY_AND_DISK());
            if (!full) { // only the documents of the affected periods reach the joins and shuffles
                Dataset<Row> inPeriods = dp.select("doc_id").distinct();
                // The children carry their document's published_date: the span filter lets Delta
                // skip the files of other times before the join (null: rows older than the column).
                Column childInSpan = col("published_date").isNull().or(inSpan);
                periodMentions = mentions.filter(childInSpan).join(inPeriods, "doc_id", "left_semi");
                periodMetrics = metrics.filter(childInSpan).join(inPeriods, "doc_id", "left_semi");
                docKeywords = docKeywords.join(inPeriods, "doc_id", "left_semi");
            }
            // read, capped and shuffled once for the four tables (each reads them several times)
            periodMentions = TrendFrames.capMentions(periodMentions, cap)
                    .drop("published_date")
                    .persist(StorageLevel.MEMORY_AND_DISK());
            periodMetrics = periodMetrics.persist(StorageLevel.MEMORY_AND_DISK());
            Gazetteer gaz = ctx.gazetteer();
            Map<TableDef, Dataset<Row>> out = new LinkedHashMap<>();
            Dataset<Row> regionFrame = regionFrame(w.spark(), gaz);
            out.put(
                    RegionTimeline.DEF,
                    TrendFrames.timeline(dp, periodMentions, regionFrame, groupMemberFrame(w.spark(), gaz)));
            out.put(
                    RegionComention.DEF,
                    TrendFrames.comention(
                            dp,
                            periodMentions,
                            nestedFrame(w.spark(), gaz),
                            regionFrame,
                            settings.maxRegionsPerDocument(),
                            settings.minCoDocuments()));
            out.put(
                    RegionKeywords.DEF,
                    TrendFrames.keywords(
                            dp,
                            periodMentions,
                            docKeywords,
                            TrendFrames.regionPassageKeywords(
                                    w.read(Documents.DEF)
                                            .filter(inSpan)
                                            .select(
                                                    col("doc_id"),
                                                    col("text"),
                                                    array_distinct(col("keywords"))
                                                            .as("keywords")),
                                    periodMentions),
                            settings.keywordTopK(),
                            settings.keywordMinDocuments()));
            out.put(MetricTimeline.DEF, TrendFrames.metricSeries(dp, periodMetrics));

            String predicate = full ? null : predicate(affected);
            List<String> written = new ArrayList<>();
            long rows = 0;
            try {
                for (Map.Entry<TableDef, Dataset<Row>> e : out.entrySet()) {
                    Dataset<Row> rowsOf =
                            Warehouse.conform(e.getKey(), e.getValue()).persist(StorageLevel.MEMORY_AND_DISK());
                    long n = rowsOf.count();
                    Dataset<Row> laidOut = byPeriod(rowsOf, n, settings.rowsPerFile());
                    if (full) {
                        w.overwrite(e.getKey(), laidOut);
                    } else {
                        w.replaceWhere(e.getKey(), laidOut, predicate);
                    }
                    rowsOf.unpersist();
                    rows += n;
                    written.add(e.getKey().name() + "=" + n);
                }
            } finally {
                dp.unpersist();
                periodMentions.unpersist();
                periodMetrics.unpersist();
            }
            // Last: a run that fails above leaves the old state, so the next run redoes these periods.
            Dataset<Row> state = current.drop("regions")
                    .withColumn("config_hash", lit(configHash))
                    .withColumn("run_id", lit(ctx.runId()));
            ChangeFeed.withBookmark(w, sourceVersions, () -> {
                if (touched == null) {
                    w.overwrite(AggregateState.DEF, state);
                } else {
                    ChangeFeed.mergeState(w, touched, state);
                }
            });
            if (touched != null) {
                touched.unpersist();
            }

            long cappedDocs = current.filter(col("regions").gt(settings.maxRegionsPerDocument()))
                    .count();
            String detail = (full
                            ? "full recompute"
                                    + (configChanged
                                            ? " (settings or gazetteer changed)"
                                            : migrated ? " (schema migrated)" : "")
                            : "periods "
                                    + affected.entrySet().stream()
                                            .map(e -> e.getKey() + ":"
                                                    + e.getValue().size())
                                            .collect(Collectors.joining(" ")))
                    + "; " + String.join(" ", written) + "; " + changedDocs + " changed documents; " + undated
                    + " documents without published_date excluded; " + cappedDocs + " documents capped at "
                    + settings.maxRegionsPerDocument() + " regions for pairs";
            if (touched != null) {
                detail += " (of the documents touched since the last aggregate)";
            }
            LOG.info("aggregate: {}", detail);
            StageResult result = new StageResult(Stage.AGGREGATE, RunStatus.SUCCEEDED, changedDocs, rows, 0, detail);
            if (settings.maintenance()) {
                Housekeeping.maintain(w, settings);
            }
            return result;
        } finally {
            current.unpersist();
        }
    }

    /**
     * The rows in contiguous ranges of {@code (granularity, period_start)} of about {@code
     * rowsPerFile} rows, one file per range: each file's period_start statistics then cover a short
     * span, so the next night's replaceWhere reads and rewrites only the files of its periods.
     * Without it every file of a table written at once holds every period, and each night rewrites
     * the whole table. A small write is one range: one file per granularity. {@code maintain} lays
     * the gold tables out the same way ({@link Maintenance#optimize}).
     */
    static Dataset<Row> byPeriod(Dataset<Row> rows, long n, int rowsPerFile) {
        int ranges = (int) Math.min(256, Math.max(1, (n + rowsPerFile - 1) / rowsPerFile));
        return rows.repartitionByRange(ranges, col("granularity"), col("period_start"))
                .sortWithinPartitions("granularity", "period_start");
    }

    /** Above this many dates the filter of {@link #onDatesOf} is not worth its IN list. */
    static final int MAX_FILTER_DATES = 400;

    /**
     * True for child rows (mentions, metrics) that can belong to {@code docs}: a child carries its
     * document's published_date, so only those dates and rows without a date qualify, and Delta
     * skips the files of other dates in a date-clustered table (maintain). A document re-dated by
     * clean and not extracted again yet keeps children of its old date: its fingerprint then lacks
     * them until extract rewrites them, which touches it again.
     */
    static Column onDatesOf(Dataset<Row> docs) {
        List<Object> dates =
                docs
                        .select("published_date")
                        .filter(col("published_date").isNotNull())
                        .distinct()
                        .collectAsList()
                        .stream()
                        .map(r -> r.get(0))
                        .toList();
        if (dates.size() > MAX_FILTER_DATES) {
            return lit(true);
        }
        Column none = col("published_date").isNull();
        return dates.isEmpty() ? none : none.or(col("published_date").isin(dates.toArray()));
    }

    /** Documents with the columns the gold tables read (story falls back to doc_id, source to site). */
    static Dataset<Row> documents(Warehouse w) {
        return w.read(Documents.DEF)
                .select(
                        col("doc_id"),
                        coalesce(col("story_id"), col("doc_id")).as("story"),
                        coalesce(col("source_name"), col("site"), lit("unknown"))
                                .as("source"),
                        col("published_date"),
                        col("published_at"),
                        col("keywords"));
    }

    /**
     * doc_id, published_date, fingerprint (a hash of everything the gold tables read from a
     * document) and regions (how many distinct regions its mentions name, for the run's count of
     * documents capped for pairs: read here, in the one pass over the mentions).
     */
    static Dataset<Row> fingerprints(Dataset<Row> docs, Dataset<Row> mentions, Dataset<Row> metrics) {
        Dataset<Row> mfp = mentions.groupBy("doc_id")
                .agg(
                        concat_ws(
                                        ";",
                                        sort_array(collect_list(concat_ws(
                                                "|",
                                                col("region_code"),
                                                col("sentence_index"),
                                                col("start"),
                                                col("end"),
                                                col("match_type"),
                                                col("in_organization")))))
                                .as("m_fp"),
                        countDistinct("region_code").as("m_regions"));
        Dataset<Row> xfp = metrics.groupBy("doc_id")
                .agg(concat_ws(
                                ";",
                                sort_array(collect_list(concat_ws(
                                        "|",
                                        coalesce(col("region_code"), lit("")),
                                        coalesce(col("indicator"), lit("")),
                                        coalesce(col("unit"), lit("")),
                                        coalesce(col("change"), lit("")),
                                        col("value").cast("string"),
                                        col("start"),
                                        coalesce(col("is_target"), lit(false))))))
                        .as("x_fp"));
        return docs.join(mfp, new String[] {"doc_id"}, "left")
                .join(xfp, new String[] {"doc_id"}, "left")
                .select(
                        col("doc_id"),
                        col("published_date"),
                        sha2(
                                        concat_ws(
                                                "\u0001",
                                                coalesce(col("published_date").cast("string"), lit("")),
                                                coalesce(col("published_at").cast("string"), lit("")),
                                                col("story"),
                                                col("source"),
                                                coalesce(concat_ws(",", sort_array(col("keywords"))), lit("<none>")),
                                                coalesce(col("m_fp"), lit("")),
                                                coalesce(col("x_fp"), lit(""))),
                                        256)
                                .as("fingerprint"),
                        coalesce(col("m_regions"), lit(0L)).as("regions"));
    }

    /**
     * Hash of what the gold tables read from the gazetteer (regions, their names, levels,
     * containment, group members). A gazetteer change that only adds names of existing regions
     * leaves it as it was: the documents whose mentions change are then found by their
     * fingerprints and only their periods are recomputed (reprocess after an alias was added).
     */
    static String regionsFingerprint(Gazetteer gaz) {
        StringBuilder sb = new StringBuilder();
        for (RegionCatalog.Entry e : RegionCatalog.of(gaz)) {
            sb.append(e).append('\n');
        }
        for (Region r : gaz.regions()) {
            sb.append(r.code()).append('|').append(Containment.rollupCodes(r)).append('\n');
        }
        for (String[] p : Containment.nestedPairs(gaz)) {
            sb.append(p[0]).append('>').append(p[1]).append('\n');
        }
        return io.regionpulse.ingest.PageIds.hash(sb.toString()).substring(0, 12);
    }

    /** The day, ISO week (Monday) and month of each date. */
    public static Map<String, Set<LocalDate>> affectedPeriods(Set<LocalDate> dates) {
        Map<String, Set<LocalDate>> out = new LinkedHashMap<>();
        for (String g : GRANULARITIES) {
            out.put(g, new TreeSet<>());
        }
        for (LocalDate d : dates) {
            out.get("day").add(d);
            out.get("week").add(d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            out.get("month").add(d.withDayOfMonth(1));
        }
        return out;
    }

    /**
     * [first day, day after the last) covered by the periods ({@link #affectedPeriods}: day, week
     * from Monday, month), or null when there are none.
     */
    static LocalDate[] span(Map<String, Set<LocalDate>> affected) {
        LocalDate from = null;
        LocalDate to = null;
        for (Map.Entry<String, Set<LocalDate>> e : affected.entrySet()) {
            for (LocalDate start : e.getValue()) {
                LocalDate end =
                        switch (e.getKey()) {
                            case "day" -> start.plusDays(1);
                            case "week" -> start.plusWeeks(1);
                            case "month" -> start.plusMonths(1);
                            default -> throw new IllegalArgumentException("granularity " + e.getKey());
                        };
                from = from == null || start.isBefore(from) ? start : from;
                to = to == null || end.isAfter(to) ? end : to;
            }
        }
        return from == null ? null : new LocalDate[] {from, to};
    }

    /** The replaceWhere predicate naming exactly those periods. */
    public static String predicate(Map<String, Set<LocalDate>> affected) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Set<LocalDate>> e : affected.entrySet()) {
            if (!e.getValue().isEmpty()) {
                parts.add("(granularity = '" + e.getKey() + "' AND period_start IN ("
                        + e.getValue().stream().map(d -> "DATE'" + d + "'").collect(Collectors.joining(", ")) + "))");
            }
        }
        return parts.isEmpty() ? "false" : String.join(" OR ", parts);
    }

    static Dataset<Row> periodFrame(SparkSession spark, Map<String, Set<LocalDate>> affected) {
        List<Row> rows = new ArrayList<>();
        affected.forEach((g, ds) -> ds.forEach(d -> rows.add(RowFactory.create(g, d))));
        StructType schema =
                new StructType().add("granularity", DataTypes.StringType).add("period_start", DataTypes.DateType);
        return spark.createDataFrame(rows, schema);
    }

    /** code, name, level, rollup_codes of every gazetteer region (a few thousand rows). */
    static Dataset<Row> regionFrame(SparkSession spark, Gazetteer gaz) {
        List<Row> rows = new ArrayList<>();
        for (Region r : gaz.regions()) {
            rows.add(RowFactory.create(
                    r.code(), r.name(), r.level(), Containment.rollupCodes(r).toArray(new String[0])));
        }
        StructType schema = new StructType()
                .add("code", DataTypes.StringType)
                .add("name", DataTypes.StringType)
                .add("level", DataTypes.StringType)
                .add("rollup_codes", DataTypes.createArrayType(DataTypes.StringType, false));
        return spark.createDataFrame(rows, schema);
    }

    /** The regions table: one row per gazetteer region ({@link RegionCatalog}). */
    static Dataset<Row> regionsTable(SparkSession spark, Gazetteer gaz) {
        List<Row> rows = new ArrayList<>();
        for (RegionCatalog.Entry e : RegionCatalog.of(gaz)) {
            rows.add(RowFactory.create(
                    e.code(),
                    e.name(),
                    e.shortName(),
                    e.level().code(),
                    e.parentCode(),
                    e.parentName(),
                    e.prefectureCode(),
                    e.provinceCode(),
                    e.provinceName(),
                    e.memberCodes().toArray(new String[0]),
                    e.groupCodes().toArray(new String[0]),
                    gaz.version()));
        }
        return spark.createDataFrame(rows, Regions.DEF.schema());
    }

    /** group_code, member_code of every cluster and macro region ({@link Containment#groupMembers}). */
    static Dataset<Row> groupMemberFrame(SparkSession spark, Gazetteer gaz) {
        List<Row> rows = new ArrayList<>();
        for (String[] p : Containment.groupMembers(gaz.regions())) {
            rows.add(RowFactory.create(p[0], p[1]));
        }
        StructType schema =
                new StructType().add("group_code", DataTypes.StringType).add("member_code", DataTypes.StringType);
        return spark.createDataFrame(rows, schema);
    }

    static Dataset<Row> nestedFrame(SparkSession spark, Gazetteer gaz) {
        List<Row> rows = new ArrayList<>();
        for (String[] p : Containment.nestedPairs(gaz)) {
            rows.add(RowFactory.create(p[0], p[1]));
        }
        StructType schema =
                new StructType().add("region_a", DataTypes.StringType).add("region_b", DataTypes.StringType);
        return spark.createDataFrame(rows, schema);
    }

    /**
     * Adds contract columns an older warehouse lacks (ALTER TABLE ADD COLUMNS, with comments);
     * true when it did, so the caller recomputes every period to fill them.
     */
    static boolean addMissingColumns(Warehouse w, TableDef t) {
        Set<String> have = Set.of(w.read(t).schema().fieldNames());
        List<String> add = new ArrayList<>();
        for (io.regionpulse.tables.Column c : t.columns()) {
            if (!have.contains(c.name())) {
                add.add("`" + c.name() + "` " + c.type().sql() + " COMMENT '"
                        + c.comment().replace("'", "\\'") + "'");
            }
        }
        if (add.isEmpty()) {
            return false;
        }
        LOG.info("aggregate: adding columns to {}: {}", t.name(), add);
        w.spark().sql("ALTER TABLE delta.`" + w.path(t) + "` ADD COLUMNS (" + String.join(", ", add) + ")");
        return true;
    }

    /** Kept for callers of the foundation version. */
    public static Column period(String granularity, Column date) {
        return TrendFrames.period(granularity, date);
    }
}
