package io.regionpulse.stages;

import static org.apache.spark.sql.functions.*;

import io.regionpulse.aggregate.Containment;
import io.regionpulse.aggregate.IndicatorNames;
import io.regionpulse.aggregate.Measures;
import io.regionpulse.analysis.RegionPassages;
import io.regionpulse.codes.MatchType;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One DataFrame → DataFrame function per gold table. Every function takes {@code docPeriods}:
 * one row per (document, granularity, period) for the periods being computed, with columns
 * {@code doc_id, story, source, granularity, period_start} — documents without a date are not in
 * it, so they reach no gold table. Counting is always over these rows, so a period is recomputed
 * from all of its documents, never incremented.
 *
 * <p>The other inputs are silver rows: {@code mentions (doc_id, sentence_index, start, end,
 * region_code, region_name, region_level, province_code, match_type, in_organization)}, {@code
 * metrics} and {@code docKeywords (doc_id, keyword)}.
 */
public final class TrendFrames {
    private TrendFrames() {}

    static final UserDefinedFunction PMI =
            udf((UDF4<Long, Long, Long, Long, Double>) Measures::pmi, DataTypes.DoubleType);
    static final UserDefinedFunction NPMI =
            udf((UDF4<Long, Long, Long, Long, Double>) Measures::npmi, DataTypes.DoubleType);
    static final UserDefinedFunction JACCARD =
            udf((UDF4<Long, Long, Long, Long, Double>) Measures::jaccard, DataTypes.DoubleType);
    static final UserDefinedFunction LLR =
            udf((UDF4<Long, Long, Long, Long, Double>) Measures::llr, DataTypes.DoubleType);
    static final UserDefinedFunction INDICATOR =
            udf((UDF1<String, String>) IndicatorNames::normalize, DataTypes.StringType);

    /** First day of the period: the day, the ISO week's Monday, or the month's first day. */
    public static Column period(String granularity, Column date) {
        return switch (granularity) {
            case "day" -> date;
            case "week" -> date_trunc("week", date).cast("date");
            case "month" -> trunc(date, "month");
            default -> throw new IllegalArgumentException("granularity: " + granularity);
        };
    }

    /**
     * Documents (doc_id, story, source, published_date) → one row per granularity. {@code story}
     * falls back to doc_id before dedup ran, {@code source} to the site.
     */
    public static Dataset<Row> docPeriods(Dataset<Row> docs) {
        Column[] per = AggregateJob.GRANULARITIES.stream()
                .map(g -> struct(
                        lit(g).as("granularity"),
                        period(g, col("published_date")).as("period_start")))
                .toArray(Column[]::new);
        return docs.filter(col("published_date").isNotNull())
                .select(
                        col("doc_id"),
                        col("story"),
                        col("source"),
                        col("published_at"),
                        explode(array(per)).as("p"))
                .select(
                        col("doc_id"),
                        col("story"),
                        col("source"),
                        col("published_at"),
                        col("p.granularity").as("granularity"),
                        col("p.period_start").as("period_start"));
    }

    static Dataset<Row> periodTotals(Dataset<Row> docPeriods) {
        return docPeriods
                .groupBy("granularity", "period_start")
                .agg(count(lit(1)).as("period_documents"));
    }

    /**
     * At most {@code max} mentions of one region in one document (its first by position) take part
     * in the gold tables, so one spam page repeating a sentence cannot dominate a period; the
     * silver {@code region_mentions} keep every mention.
     */
    public static Dataset<Row> capMentions(Dataset<Row> mentions, int max) {
        org.apache.spark.sql.expressions.WindowSpec w = org.apache.spark.sql.expressions.Window.partitionBy(
                        "doc_id", "region_code")
                .orderBy(col("start"), col("end"));
        return mentions.withColumn(
                        "_nth", org.apache.spark.sql.functions.row_number().over(w))
                .filter(col("_nth").leq(max))
                .drop("_nth");
    }

    /**
     * region_timeline: one row per region and period counting its direct mentions (mentions,
     * documents, stories, sources) beside the mentions of clusters and macro regions that list it
     * as a member (mentions_via_groups, documents_incl_groups), plus rollup rows ({@code is_rollup})
     * for every province (with its cities and counties) and prefecture (with its counties).
     * {@code regions}: code, name, level, rollup_codes (see {@link Containment#rollupCodes});
     * {@code groupMembers}: group_code, member_code ({@link Containment#groupMembers}). Mentions
     * inside organisation names count (重庆市科技局 is news about Chongqing's institutions) and are
     * also shown apart in mentions_in_organization.
     */
    public static Dataset<Row> timeline(
            Dataset<Row> docPeriods, Dataset<Row> mentions, Dataset<Row> regions, Dataset<Row> groupMembers) {
        Dataset<Row> credited = credited(mentions, groupMembers);
        Dataset<Row> docs = docPeriods.select("doc_id", "story", "source", "granularity", "period_start");
        Dataset<Row> direct = perPeriod(perDocument(credited), docs)
                .join(
                        regions.select(col("code").as("region_code"), col("name"), col("level")),
                        new String[] {"region_code"},
                        "left")
                .join(
                        namesOutsideGazetteer(credited, regions, docs),
                        new String[] {"granularity", "period_start", "region_code"},
                        "left")
                .withColumn("region_name", coalesce(col("name"), col("m_name")))
                .withColumn("region_level", coalesce(col("level"), lit("unknown")))
                .withColumn("is_rollup", lit(false))
                .drop("name", "level", "m_name");
        // A mention counts once in a rollup row, however many of its members lie there (珠三角's
        // nine cities in 广东, 港澳广深's 广州 and 深圳).
        Dataset<Row> rolled = credited.join(
                        regions.select(col("code").as("region_code"), col("rollup_codes")), "region_code")
                .select(
                        col("doc_id"),
                        col("start"),
                        col("end"),
                        col("via_group"),
                        col("in_organization"),
                        explode(col("rollup_codes")).as("region_code"))
                .groupBy("doc_id", "start", "end", "region_code", "via_group")
                .agg(max("in_organization").as("in_organization"));
        Dataset<Row> rollup = perPeriod(perDocument(rolled), docs)
                .join(
                        regions.select(
                                col("code").as("region_code"),
                                col("name").as("region_name"),
                                col("level").as("region_level")),
                        "region_code")
                .withColumn("is_rollup", lit(true));
        return direct.unionByName(rollup)
                .join(periodTotals(docPeriods), new String[] {"granularity", "period_start"})
                .withColumn("share_of_documents", col("documents").divide(col("period_documents")));
    }

    /**
     * Credited mentions (doc_id, region_code, via_group, in_organization) → one row per document and
     * region: its direct mentions, those inside organisation names, those via groups, and whether
     * any is direct. Counted once per document before the document meets its three periods, and
     * with fixed-width sums only (Spark's hash aggregation, no sort, no distinct).
     */
    static Dataset<Row> perDocument(Dataset<Row> credited) {
        Column direct = not(col("via_group"));
        return credited.groupBy("doc_id", "region_code")
                .agg(
                        sum(when(direct, 1L).otherwise(0L)).as("d_mentions"),
                        sum(when(direct.and(col("in_organization")), 1L).otherwise(0L))
                                .as("d_in_organization"),
                        sum(when(col("via_group"), 1L).otherwise(0L)).as("d_via_groups"),
                        max(direct).as("d_direct"));
    }

    /**
     * Per-document rows ({@link #perDocument}) → the timeline's measures per granularity, period and
     * region: each document is one row there, so documents are counted by a sum and only stories
     * and sources need a distinct count.
     */
    static Dataset<Row> perPeriod(Dataset<Row> perDocument, Dataset<Row> docs) {
        Column direct = col("d_direct");
        return perDocument
                .join(docs, "doc_id")
                .groupBy("granularity", "period_start", "region_code")
                .agg(
                        sum("d_mentions").as("mentions"),
                        sum("d_in_organization").as("mentions_in_organization"),
                        sum(when(direct, 1L).otherwise(0L)).as("documents"),
                        countDistinct(when(direct, col("story"))).as("stories"),
                        countDistinct(when(direct, col("source"))).as("sources"),
                        sum("d_via_groups").as("mentions_via_groups"),
                        count(lit(1)).as("documents_incl_groups"));
    }

    /**
     * The name a period's mentions give a code the gazetteer lacks (rows of an older gazetteer):
     * only those few mentions reach this aggregation.
     */
    static Dataset<Row> namesOutsideGazetteer(Dataset<Row> credited, Dataset<Row> regions, Dataset<Row> docs) {
        return credited.filter(col("region_name").isNotNull())
                .join(
                        broadcast(regions.select(col("code").as("region_code"))),
                        new String[] {"region_code"},
                        "left_anti")
                .select("doc_id", "region_code", "region_name")
                .join(docs, "doc_id")
                .groupBy("granularity", "period_start", "region_code")
                .agg(max("region_name").as("m_name"));
    }

    /**
     * The mentions with {@code via_group = false}, plus one row per member of every cluster or
     * macro region mentioned ({@code via_group = true}, region_code = the member, start/end of the
     * group's mention).
     */
    static Dataset<Row> credited(Dataset<Row> mentions, Dataset<Row> groupMembers) {
        Dataset<Row> m = mentions.select("doc_id", "start", "end", "region_code", "region_name", "in_organization");
        Dataset<Row> via = m.join(groupMembers, m.col("region_code").equalTo(groupMembers.col("group_code")))
                .select(
                        col("doc_id"),
                        col("start"),
                        col("end"),
                        col("member_code").as("region_code"),
                        lit(null).cast("string").as("region_name"),
                        col("in_organization"),
                        lit(true).as("via_group"));
        return m.withColumn("via_group", lit(false)).unionByName(via);
    }

    /**
     * Per document the regions taking part in pairs: its top {@code maxRegions} by mentions (ties
     * by code), with {@code has_free} = named at least once outside a combined form.
     */
    static Dataset<Row> pairRegions(Dataset<Row> mentions, int maxRegions) {
        return mentions.groupBy("doc_id", "region_code")
                .agg(
                        count(lit(1)).as("n"),
                        max(col("match_type").notEqual(MatchType.COMBINED.code()))
                                .as("has_free"))
                .withColumn(
                        "rank",
                        row_number().over(Window.partitionBy("doc_id").orderBy(col("n").desc(), col("region_code"))))
                .filter(col("rank").leq(maxRegions))
                .drop("rank", "n");
    }

    /**
     * region_comention: each unordered pair of a document's (capped) regions once, per period, with
     * co_documents, co_stories, co_sentences, marginals over all documents (uncapped, equal to the
     * timeline's documents), the four measures, within_combined and nested ({@code nestedPairs}:
     * region_a, region_b).
     */
    public static Dataset<Row> comention(
            Dataset<Row> docPeriods,
            Dataset<Row> mentions,
            Dataset<Row> nestedPairs,
            int maxRegions,
            long minCoDocuments) {
        return comention(docPeriods, mentions, nestedPairs, null, maxRegions, minCoDocuments);
    }

    /**
     * As above, with {@code region_a_name} and {@code region_b_name} from {@code regions} (code,
     * name; the mention's own region_name where the gazetteer lacks the code, e.g. older rows).
     */
    public static Dataset<Row> comention(
            Dataset<Row> docPeriods,
            Dataset<Row> mentions,
            Dataset<Row> nestedPairs,
            Dataset<Row> regions,
            int maxRegions,
            long minCoDocuments) {
        Dataset<Row> names =
                mentions.groupBy("region_code").agg(max("region_name").as("m_name"));
        if (regions != null) {
            names = names.join(
                            regions.select(col("code").as("region_code"), col("name")),
                            new String[] {"region_code"},
                            "full_outer")
                    .select(
                            col("region_code"),
                            coalesce(col("name"), col("m_name")).as("m_name"));
        }
        Dataset<Row> pairs = comentionPairs(docPeriods, mentions, nestedPairs, maxRegions, minCoDocuments);
        return pairs.join(
                        names.select(
                                col("region_code").as("region_a"), col("m_name").as("region_a_name")),
                        new String[] {"region_a"},
                        "left")
                .join(
                        names.select(
                                col("region_code").as("region_b"), col("m_name").as("region_b_name")),
                        new String[] {"region_b"},
                        "left");
    }

    private static Dataset<Row> comentionPairs(
            Dataset<Row> docPeriods,
            Dataset<Row> mentions,
            Dataset<Row> nestedPairs,
            int maxRegions,
            long minCoDocuments) {
        Dataset<Row> capped = pairRegions(mentions, maxRegions);
        Dataset<Row> a = capped.select(
                col("doc_id"),
                col("region_code").as("region_a"),
                col("has_free").as("free_a"));
        Dataset<Row> b = capped.select(
                col("doc_id").as("doc_b"),
                col("region_code").as("region_b"),
                col("has_free").as("free_b"));
        Dataset<Row> docPairs = a.join(
                        b,
                        a.col("doc_id")
                                .equalTo(b.col("doc_b"))
                                .and(col("region_a").lt(col("region_b"))))
                .drop("doc_b");

        // Pairs sharing one combined span (川渝 → 510000 and 500000 at the same start/end).
        Dataset<Row> comb = mentions.filter(col("match_type").equalTo(MatchType.COMBINED.code()))
                .select("doc_id", "start", "end", "region_code");
        Dataset<Row> shared = regionPairs(comb, "doc_id", "start", "end")
                .select(
                        col("x.doc_id").as("doc_id"),
                        col("x.region_code").as("region_a"),
                        col("y.region_code").as("region_b"))
                .distinct()
                .withColumn("shared_combined", lit(true));

        // Sentence level: pairs among the same capped regions, counted per (document, sentence).
        Dataset<Row> sent = mentions.select("doc_id", "sentence_index", "region_code")
                .join(capped.select("doc_id", "region_code"), new String[] {"doc_id", "region_code"}, "left_semi")
                .distinct();
        Dataset<Row> sentPairs = regionPairs(sent, "doc_id", "sentence_index")
                .groupBy(
                        col("x.doc_id").as("doc_id"),
                        col("x.region_code").as("region_a"),
                        col("y.region_code").as("region_b"))
                .agg(count(lit(1)).as("sentences"));

        String[] pairKey = {"doc_id", "region_a", "region_b"};
        Dataset<Row> perDoc = docPairs.join(shared, pairKey, "left")
                .join(sentPairs, pairKey, "left")
                .withColumn(
                        "combined_only",
                        coalesce(col("shared_combined"), lit(false))
                                .and(not(col("free_a").and(col("free_b")))))
                .select(
                        col("doc_id"),
                        col("region_a"),
                        col("region_b"),
                        col("combined_only"),
                        coalesce(col("sentences"), lit(0L)).as("sentences"));

        Dataset<Row> pairs = perDoc.join(docPeriods, "doc_id")
                .groupBy("granularity", "period_start", "region_a", "region_b")
                .agg(
                        count(lit(1)).as("co_documents"),
                        countDistinct("story").as("co_stories"),
                        sum("sentences").as("co_sentences"),
                        sum(when(col("combined_only"), 1L).otherwise(0L)).as("combined_documents"))
                .filter(col("co_documents").geq(minCoDocuments));

        Dataset<Row> marginal = mentions.select("doc_id", "region_code")
                .distinct()
                .join(docPeriods, "doc_id")
                .groupBy("granularity", "period_start", "region_code")
                .agg(count(lit(1)).as("documents"));
        Column co = col("co_documents");
        Column na = col("documents_a");
        Column nb = col("documents_b");
        Column n = col("total_documents");
        return pairs.join(
                        marginal.withColumnRenamed("region_code", "region_a")
                                .withColumnRenamed("documents", "documents_a"),
                        new String[] {"granularity", "period_start", "region_a"})
                .join(
                        marginal.withColumnRenamed("region_code", "region_b")
                                .withColumnRenamed("documents", "documents_b"),
                        new String[] {"granularity", "period_start", "region_b"})
                .join(
                        periodTotals(docPeriods).withColumnRenamed("period_documents", "total_documents"),
                        new String[] {"granularity", "period_start"})
                .join(nestedPairs.withColumn("is_nested", lit(true)), new String[] {"region_a", "region_b"}, "left")
                .withColumn("nested", coalesce(col("is_nested"), lit(false)))
                .withColumn("within_combined", col("combined_documents").equalTo(co))
                .withColumn("pmi", PMI.apply(co, na, nb, n))
                .withColumn("npmi", NPMI.apply(co, na, nb, n))
                .withColumn("jaccard", JACCARD.apply(co, na, nb, n))
                .withColumn("llr", LLR.apply(co, na, nb, n));
    }

    private static final StructType REGION_KEYWORD = new StructType()
            .add("region_code", DataTypes.StringType, false)
            .add("keyword", DataTypes.StringType, false);

    private static final UserDefinedFunction REGION_KEYWORDS = udf(
            (UDF3<String, scala.collection.Seq<Row>, scala.collection.Seq<String>, List<Row>>)
                    (text, mentions, keywords) -> {
                        List<String> regions = new ArrayList<>();
                        List<Integer> starts = new ArrayList<>();
                        List<Integer> ends = new ArrayList<>();
                        for (Row m : CollectionConverters.asJava(mentions)) {
                            regions.add(m.getString(0));
                            starts.add(m.isNullAt(1) ? null : m.getInt(1));
                            ends.add(m.isNullAt(2) ? null : m.getInt(2));
                        }
                        return RegionPassages.keywordsByRegion(
                                        text, regions, starts, ends, CollectionConverters.asJava(keywords))
                                .stream()
                                .map(rk -> (Row) RowFactory.create(rk[0], rk[1]))
                                .toList();
                    },
            DataTypes.createArrayType(REGION_KEYWORD, false));

    /**
     * (doc_id, region_code, keyword): the document's keywords that occur in the passages mentioning
     * the region ({@link RegionPassages}: its paragraph, with the item's heading or body), so a
     * roundup (国内联播快讯) gives each region the words of its own item. {@code docs}: doc_id, text,
     * keywords (the document's, distinct). One pass per document: its mentions are gathered, and its
     * text is cut into passages inside the task, never shuffled.
     */
    public static Dataset<Row> regionPassageKeywords(Dataset<Row> docs, Dataset<Row> mentions) {
        Dataset<Row> byDoc = mentions.groupBy("doc_id")
                .agg(collect_list(struct(col("region_code"), col("start"), col("end")))
                        .as("ms"));
        return byDoc.join(
                        docs.filter(col("text").isNotNull().and(col("keywords").isNotNull())), "doc_id")
                .select(
                        col("doc_id"),
                        explode(REGION_KEYWORDS.apply(col("text"), col("ms"), col("keywords")))
                                .as("rk"))
                .select(
                        col("doc_id"),
                        col("rk.region_code").as("region_code"),
                        col("rk.keyword").as("keyword"));
    }

    /**
     * region_keywords: per region and period, documents of the region with the keyword and lift =
     * P(keyword | region's documents) / P(keyword | period's documents), a region's document counting
     * for a keyword only when the keyword is in the passages that mention the region ({@code
     * regionKeywords}, {@link #regionPassageKeywords}); keywords below
     * {@code minDocuments} are dropped, then the top {@code topK} by lift (then documents, keyword).
     */
    public static Dataset<Row> keywords(
            Dataset<Row> docPeriods,
            Dataset<Row> mentions,
            Dataset<Row> docKeywords,
            Dataset<Row> regionKeywords,
            int topK,
            long minDocuments) {
        Dataset<Row> docRegions = mentions.select("doc_id", "region_code").distinct();
        Dataset<Row> dp = docPeriods.select("doc_id", "granularity", "period_start");
        Dataset<Row> regionDocs = docRegions
                .join(dp, "doc_id")
                .groupBy("granularity", "period_start", "region_code")
                .agg(count(lit(1)).as("region_documents"));
        Dataset<Row> background = docKeywords
                .join(dp, "doc_id")
                .groupBy("granularity", "period_start", "keyword")
                .agg(count(lit(1)).as("background_documents"));
        return regionKeywords
                .join(dp, "doc_id")
                .groupBy("granularity", "period_start", "region_code", "keyword")
                .agg(count(lit(1)).as("documents"))
                .filter(col("documents").geq(minDocuments))
                .join(regionDocs, new String[] {"granularity", "period_start", "region_code"})
                .join(background, new String[] {"granularity", "period_start", "keyword"})
                .join(periodTotals(docPeriods), new String[] {"granularity", "period_start"})
                .withColumn(
                        "lift",
                        col("documents")
                                .divide(col("region_documents"))
                                .divide(col("background_documents").divide(col("period_documents"))))
                .withColumn(
                        "rank",
                        row_number()
                                .over(Window.partitionBy("granularity", "period_start", "region_code")
                                        .orderBy(
                                                col("lift").desc(),
                                                col("documents").desc(),
                                                col("keyword"))))
                .filter(col("rank").leq(topK))
                .drop("rank");
    }

    /**
     * metric_timeline: metrics reliably linked to a region (metrics.link_reliable) with an
     * indicator, targets left out, per region, indicator (the standard indicator_code where there
     * is one, else the normalised phrase, {@link IndicatorNames}), unit and change. The latest value is the one
     * of the latest document (published_at, then doc_id), last in its text.
     */
    public static Dataset<Row> metricSeries(Dataset<Row> docPeriods, Dataset<Row> metrics) {
        Dataset<Row> m = usableMetrics(metrics)
                .select(
                        col("doc_id"),
                        col("region_code"),
                        col("region_name"),
                        coalesce(col("indicator_code"), INDICATOR.apply(col("indicator")))
                                .as("indicator"),
                        col("indicator_code"),
                        coalesce(col("unit"), lit("none")).as("unit"),
                        coalesce(col("change"), lit("level")).as("change"),
                        col("value"),
                        col("start"))
                .filter(col("indicator").isNotNull());
        return m.join(docPeriods.select("doc_id", "published_at", "granularity", "period_start"), "doc_id")
                .groupBy("region_code", "indicator", "unit", "change", "granularity", "period_start")
                .agg(
                        count(lit(1)).as("observations"),
                        max("region_name").as("region_name"),
                        max("indicator_code").as("indicator_code"),
                        min("value").as("value_min"),
                        max("value").as("value_max"),
                        stableMean(col("value")).as("value_avg"),
                        countDistinct("doc_id").as("documents"),
                        max(struct(col("published_at"), col("doc_id"), col("start"), col("value")))
                                .as("latest"))
                .withColumn("latest_value", col("latest.value"))
                .withColumn("latest_doc_id", col("latest.doc_id"))
                .drop("latest");
    }

    /** Largest magnitude whose mean is taken exactly (a decimal(38, 8) sum of up to 10^9 of them fits). */
    static final double EXACT_MEAN_LIMIT = 1e20;

    /**
     * The mean of {@code v}, the same to the last bit however Spark orders the rows (a floating
     * sum's last bits follow the order, which follows the files' layout): an exact decimal sum of
     * the values rounded to 8 decimals, or, when a group holds a value of magnitude
     * {@link #EXACT_MEAN_LIMIT} or more (or NaN, infinity), the floating mean.
     */
    static Column stableMean(Column v) {
        Column fits = abs(v).lt(lit(EXACT_MEAN_LIMIT));
        Column exact = avg(when(fits, v.cast("decimal(38,8)"))).cast("double");
        return when(count(when(not(fits), lit(1))).equalTo(0), exact).otherwise(avg(v));
    }

    /** Metrics that can join a series: reliably linked to a region, with an indicator, not a target. */
    static Dataset<Row> usableMetrics(Dataset<Row> metrics) {
        return metrics.filter(col("region_code")
                .isNotNull()
                .and(coalesce(col("link_reliable"), lit(false)))
                .and(col("indicator").isNotNull())
                .and(not(coalesce(col("is_target"), lit(false)))));
    }

    /**
     * Each unordered pair of different regions of {@code rows} (a {@code region_code} column)
     * that agree on {@code same}, once: the self-join aliased {@code x} (the smaller code) and
     * {@code y}.
     */
    static Dataset<Row> regionPairs(Dataset<Row> rows, String... same) {
        Column on = col("x.region_code").lt(col("y.region_code"));
        for (String c : same) {
            on = on.and(col("x." + c).equalTo(col("y." + c)));
        }
        return rows.as("x").join(rows.as("y"), on);
    }
}
