package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.regionpulse.aggregate.AggregateSettings;
import io.regionpulse.aggregate.Measures;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.MetricTimeline;
import io.regionpulse.tables.RegionComention;
import io.regionpulse.tables.RegionKeywords;
import io.regionpulse.tables.RegionTimeline;
import io.regionpulse.tables.TableDef;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The gold tables on literal silver rows, every number worked out by hand. The fixture (March
 * 2024; 2024-03-04 is a Monday, so week = month here):
 *
 * <pre>
 * d1 03-04 story s1 甲日报 [科技创新, 走廊]  川渝 (combined → 重庆 500000 + 四川 510000, sentence 0);
 *                                          成都 510100 and 重庆市科技局 (in_organization) in sentence 1
 * d2 03-04 story s1 乙晚报 [科技创新, 协同]  四川, 重庆 (sentence 0), 深圳 440300 (sentence 2)
 * d3 03-05 story s3 甲日报 [港口, 科技创新]  深圳, 广东 440000 (sentence 0)
 * d4 03-05 story s4 丙网   [港口]            广州 440100
 * d5 —     story s5 甲日报                   深圳 (no date: in no gold table)
 * d6 03-06 story s6 丙网   [成渝]            川渝 only
 * </pre>
 */
class AggregateJobTest {
    static SparkSession spark;
    static Warehouse w;
    static StageResult first;
    static StageResult second;

    @BeforeAll
    static void build(@TempDir Path tmp) {
        spark = SparkTestSession.get();
        GoldFixture f = new GoldFixture(spark, tmp.resolve("w"));
        march(f);
        f.write();
        w = f.warehouse;
        first = AggregateJob.run(GoldFixture.context(w, Map.of()));
        second = AggregateJob.run(GoldFixture.context(w, Map.of()));
    }

    static void march(GoldFixture f) {
        f.doc("d1", "2024-03-04", "s1", "甲日报", "科技创新", "走廊")
                .mention("d1", 0, 0, 2, "500000", "combined", false)
                .mention("d1", 0, 0, 2, "510000", "combined", false)
                .mention("d1", 1, "510100")
                .mention("d1", 1, 10, 16, "500000", "full_name", true)
                .doc("d2", "2024-03-04", "s1", "乙晚报", "科技创新", "协同")
                .mention("d2", 0, "510000")
                .mention("d2", 0, "500000")
                .mention("d2", 2, "440300")
                .doc("d3", "2024-03-05", "s3", "甲日报", "港口", "科技创新")
                .mention("d3", 0, "440300")
                .mention("d3", 0, "440000")
                .doc("d4", "2024-03-05", "s4", "丙网", "港口")
                .mention("d4", 0, "440100")
                .doc("d5", null, "s5", "甲日报")
                .mention("d5", 0, "440300")
                .doc("d6", "2024-03-06", "s6", "丙网", "成渝")
                .mention("d6", 0, 0, 2, "500000", "combined", false)
                .mention("d6", 0, 0, 2, "510000", "combined", false)
                .metric("d1", 10, "510000", "技术合同成交额", "CNY", 1.0e9, "level", false)
                .metric("d3", 5, "510000", "技术合同 成交额达", "CNY", 3.0e9, "level", false)
                .metric("d2", 7, "510000", "技术交易金额", "CNY", 2.0e9, "level", false)
                .metric("d2", 9, "510000", "技术合同成交额", "percent", 18.6, "increase", false)
                .metric("d3", 20, "510000", "技术合同成交额", "CNY", 9.0e9, "level", true)
                .metric("d1", 30, null, "技术合同成交额", "CNY", 5.0e9, "level", false);
    }

    static Row one(String sql) {
        List<Row> rows = spark.sql(sql).collectAsList();
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0);
    }

    static String table(TableDef t) {
        return "delta.`" + w.path(t) + "`";
    }

    @ParameterizedTest(name = "{0} {1} {2} rollup={3}")
    @CsvSource({
        // granularity, period, region, rollup, mentions, in_org, documents, stories, sources, period_docs, share
        "day,   2024-03-04, 500000, false, 3, 1, 2, 1, 2, 2, 1.0",
        "day,   2024-03-04, 510000, true,  3, 0, 2, 1, 2, 2, 1.0",
        "day,   2024-03-04, 440000, true,  1, 0, 1, 1, 1, 2, 0.5",
        "day,   2024-03-06, 510000, false, 1, 0, 1, 1, 1, 1, 1.0",
        "week,  2024-03-04, 500000, false, 4, 1, 3, 2, 3, 5, 0.6",
        "month, 2024-03-01, 440300, false, 2, 0, 2, 2, 2, 5, 0.4",
        "month, 2024-03-01, 440000, true,  4, 0, 3, 3, 3, 5, 0.6",
        "month, 2024-03-01, 440000, false, 1, 0, 1, 1, 1, 5, 0.2",
    })
    void timelineCountsRegionsAndProvinceRollups(
            String g,
            String period,
            String region,
            boolean rollup,
            long mentions,
            long inOrg,
            long documents,
            long stories,
            long sources,
            long periodDocs,
            double share) {
        Row r = one("SELECT mentions, mentions_in_organization, documents, stories, sources, period_documents, "
                + "share_of_documents, region_name FROM " + table(RegionTimeline.DEF) + " WHERE granularity = '" + g
                + "' AND period_start = DATE'" + period + "' AND region_code = '" + region + "' AND is_rollup = "
                + rollup);
        assertThat(new long[] {r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)})
                .containsExactly(mentions, inOrg, documents, stories, sources, periodDocs);
        assertThat(r.getDouble(6)).isCloseTo(share, within(1e-9));
        assertThat(r.getString(7)).isEqualTo(GoldFixture.GAZETTEER.get(region).name());
    }

    @Test
    void clustersAndCitiesHaveNoRollupRowsAndUndatedDocumentsCountNowhere() {
        assertThat(spark.sql("SELECT DISTINCT region_level FROM " + table(RegionTimeline.DEF) + " WHERE is_rollup")
                        .collectAsList())
                .extracting(r -> r.getString(0))
                .containsExactly("province");
        assertThat(one("SELECT sum(documents) FROM " + table(RegionTimeline.DEF)
                                + " WHERE granularity = 'month' AND region_code = '440300'")
                        .getLong(0))
                .isEqualTo(2);
        assertThat(first.detail()).contains("1 documents without published_date excluded");
    }

    @ParameterizedTest(name = "{0} {1} {2}-{3}")
    @CsvSource(
            nullValues = "null",
            textBlock =
                    """
      # g,  period,    a,      b,      co, stories, sentences, da, db, n, combined, within, nested, pmi,     npmi
      month, 2024-03-01, 500000, 510000, 3, 2, 3, 3, 3, 5, 2, false, false,  0.73697,  1.00000
      day,   2024-03-04, 500000, 510000, 2, 1, 2, 2, 2, 2, 1, false, false,  0.00000,  1.00000
      day,   2024-03-06, 500000, 510000, 1, 1, 1, 1, 1, 1, 1, true,  false,  0.00000,  1.00000
      month, 2024-03-01, 440000, 440300, 1, 1, 1, 1, 2, 5, 0, false, true,   1.32193,  0.56932
      month, 2024-03-01, 500000, 510100, 1, 1, 1, 3, 1, 5, 0, false, false,  0.73697,  0.31739
      month, 2024-03-01, 510000, 510100, 1, 1, 0, 3, 1, 5, 0, false, true,   0.73697,  0.31739
      month, 2024-03-01, 440300, 500000, 1, 1, 0, 2, 3, 5, 0, false, false, -0.26303, -0.11328
      """)
    void comentionCountsPairsOnceWithMarginalsAndMeasures(
            String g,
            String period,
            String a,
            String b,
            long co,
            long stories,
            long sentences,
            long da,
            long db,
            long n,
            long combined,
            boolean withinCombined,
            boolean nested,
            double pmi,
            double npmi) {
        Row r = one("SELECT co_documents, co_stories, co_sentences, documents_a, documents_b, total_documents, "
                + "combined_documents, within_combined, nested, pmi, npmi, jaccard, llr FROM "
                + table(RegionComention.DEF)
                + " WHERE granularity = '" + g + "' AND period_start = DATE'" + period + "' AND region_a = '" + a
                + "' AND region_b = '" + b + "'");
        assertThat(new long[] {
                    r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6)
                })
                .containsExactly(co, stories, sentences, da, db, n, combined);
        assertThat(r.getBoolean(7)).isEqualTo(withinCombined);
        assertThat(r.getBoolean(8)).isEqualTo(nested);
        assertThat(r.getDouble(9)).isCloseTo(pmi, within(1e-4));
        assertThat(r.getDouble(10)).isCloseTo(npmi, within(1e-4));
        assertThat(r.getDouble(11)).isCloseTo(Measures.jaccard(co, da, db, n), within(1e-12));
        assertThat(r.getDouble(12)).isCloseTo(Measures.llr(co, da, db, n), within(1e-12));
    }

    @Test
    void comentionHasEachUnorderedPairOnce() {
        assertThat(spark.sql("SELECT region_a, region_b FROM " + table(RegionComention.DEF)
                                + " WHERE granularity = 'month'")
                        .collectAsList())
                .extracting(r -> r.getString(0) + "-" + r.getString(1))
                .containsExactlyInAnyOrder(
                        "500000-510000",
                        "500000-510100",
                        "510000-510100",
                        "440300-500000",
                        "440300-510000",
                        "440000-440300");
        assertThat(one("SELECT count(*) FROM " + table(RegionComention.DEF) + " WHERE region_a >= region_b")
                        .getLong(0))
                .isZero();
    }

    @ParameterizedTest(name = "cap {0}")
    @CsvSource({"2, '510000,520000'", "3, '510000,520000,530000'", "20, '510000,520000,530000,540000'"})
    void aDocumentWithManyRegionsKeepsItsTopRegionsForPairs(int cap, String kept) {
        List<Row> rows = new ArrayList<>();
        // 520000 and 530000 tie on two mentions: the smaller code wins the tie.
        String[][] mentions = {{"510000", "3"}, {"530000", "2"}, {"520000", "2"}, {"540000", "1"}};
        for (String[] m : mentions) {
            for (int i = 0; i < Integer.parseInt(m[1]); i++) {
                rows.add(org.apache.spark.sql.RowFactory.create("dx", m[0], "short_name"));
            }
        }
        var df = spark.createDataFrame(
                rows,
                new org.apache.spark.sql.types.StructType()
                        .add("doc_id", "string")
                        .add("region_code", "string")
                        .add("match_type", "string"));
        assertThat(TrendFrames.pairRegions(df, cap).orderBy("region_code").collectAsList())
                .extracting(r -> r.getString(1))
                .containsExactly(kept.split(","));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        // granularity, period, region, keyword, documents, region_documents, background, period_documents, lift
        "month, 2024-03-01, 500000, 科技创新, 2, 3, 3, 5, 1.111111",
        "month, 2024-03-01, 510000, 科技创新, 2, 3, 3, 5, 1.111111",
        "month, 2024-03-01, 440300, 科技创新, 2, 2, 3, 5, 1.666667",
        "day,   2024-03-04, 500000, 科技创新, 2, 2, 2, 2, 1.0",
    })
    void keywordsCarryDocumentCountsAndLift(
            String g,
            String period,
            String region,
            String keyword,
            long documents,
            long regionDocs,
            long background,
            long periodDocs,
            double lift) {
        Row r = one("SELECT documents, region_documents, background_documents, period_documents, lift FROM "
                + table(RegionKeywords.DEF) + " WHERE granularity = '" + g + "' AND period_start = DATE'" + period
                + "' AND region_code = '" + region + "' AND keyword = '" + keyword + "'");
        assertThat(new long[] {r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3)})
                .containsExactly(documents, regionDocs, background, periodDocs);
        assertThat(r.getDouble(4)).isCloseTo(lift, within(1e-5));
    }

    @Test
    void keywordsBelowMinimumSupportAreDropped() {
        assertThat(one("SELECT count(*) FROM " + table(RegionKeywords.DEF) + " WHERE granularity = 'month'")
                        .getLong(0))
                .isEqualTo(3);
    }

    @ParameterizedTest(name = "{1} {2} {3}")
    @CsvSource({
        // region, indicator, unit, change, observations, min, max, avg, latest, latest doc
        "510000, 技术合同成交额, CNY,     level,    2, 1.0e9, 3.0e9, 2.0e9, 3.0e9, d3",
        "510000, 技术交易金额,   CNY,     level,    1, 2.0e9, 2.0e9, 2.0e9, 2.0e9, d2",
        "510000, 技术合同成交额, percent, increase, 1, 18.6,  18.6,  18.6,  18.6,  d2",
    })
    void metricSeriesMeetOnNormalisedIndicatorsAndLeaveTargetsOut(
            String region,
            String indicator,
            String unit,
            String change,
            long obs,
            double min,
            double max,
            double avg,
            double latest,
            String latestDoc) {
        Row r = one("SELECT observations, value_min, value_max, value_avg, latest_value, latest_doc_id FROM "
                + table(MetricTimeline.DEF) + " WHERE granularity = 'month' AND region_code = '" + region
                + "' AND indicator = '" + indicator + "' AND unit = '" + unit + "' AND change = '" + change + "'");
        assertThat(r.getLong(0)).isEqualTo(obs);
        assertThat(new double[] {r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)})
                .containsExactly(new double[] {min, max, avg, latest}, within(1e-6));
        assertThat(r.getString(5)).isEqualTo(latestDoc);
        assertThat(one("SELECT count(*) FROM " + table(MetricTimeline.DEF) + " WHERE granularity = 'month'")
                        .getLong(0))
                .isEqualTo(3);
    }

    @Test
    void aRerunWithoutChangedDocumentsWritesNothing() {
        assertThat(first.status().code()).isEqualTo("succeeded");
        assertThat(second.status().code()).isEqualTo("nothing_to_do");
        for (TableDef t : AggregateJob.GOLD) {
            assertThat(w.delta(t).history(1).first().<String>getAs("operation"))
                    .as(t.name())
                    .isNotEqualTo("MERGE");
            assertThat(w.delta(t).history().count())
                    .as(t.name() + " versions: create + one write")
                    .isEqualTo(2);
        }
    }

    @Test
    void anAddedDayReplacesOnlyItsPeriodsAndEqualsAFromScratchRun(@TempDir Path tmp) {
        GoldFixture f = new GoldFixture(spark, tmp.resolve("inc"));
        march(f);
        f.write();
        AggregateJob.run(GoldFixture.context(f.warehouse, Map.of()));
        Map<TableDef, List<String>> marchBefore = snapshot(f.warehouse, "period_start < DATE'2024-04-01'");
        Map<TableDef, Long> versions = versions(f.warehouse);

        // A second batch: one April document (Tuesday 2024-04-02: day, week of 04-01, month of April).
        f.doc("d7", "2024-04-02", "s7", "乙晚报", "科技创新")
                .mention("d7", 0, "500000")
                .mention("d7", 0, "510000")
                .metric("d7", 3, "500000", "地区生产总值（GDP）", "CNY", 7.0e11, "level", false)
                .write();
        StageResult r = AggregateJob.run(GoldFixture.context(f.warehouse, Map.of()));

        assertThat(r.input()).as("changed documents").isEqualTo(1);
        assertThat(r.detail()).contains("periods day:1 week:1 month:1");
        assertThat(snapshot(f.warehouse, "period_start < DATE'2024-04-01'")).isEqualTo(marchBefore);
        assertOnlyPeriodWrites(f.warehouse, versions, "2024-04-01", "2024-03");
        assertThat(one("SELECT documents FROM delta.`" + f.warehouse.path(RegionTimeline.DEF)
                                + "` WHERE granularity = 'month' AND period_start = DATE'2024-04-01' AND region_code = '510000' AND NOT is_rollup")
                        .getLong(0))
                .isEqualTo(1);

        // A changed old document (dedup puts d4 into story s3) touches 03-05, its week and March only.
        f.warehouse.delta(Documents.DEF).updateExpr("doc_id = 'd4'", Map.of("story_id", "'s3'"));
        Map<TableDef, List<String>> aprilBefore = snapshot(f.warehouse, "period_start >= DATE'2024-04-01'");
        StageResult changed = AggregateJob.run(GoldFixture.context(f.warehouse, Map.of()));
        assertThat(changed.input()).isEqualTo(1);
        assertThat(changed.detail()).contains("periods day:1 week:1 month:1");
        assertThat(snapshot(f.warehouse, "period_start >= DATE'2024-04-01'")).isEqualTo(aprilBefore);
        assertThat(one("SELECT stories FROM delta.`" + f.warehouse.path(RegionTimeline.DEF)
                                + "` WHERE granularity = 'month' AND period_start = DATE'2024-03-01' AND region_code = '440000' AND is_rollup")
                        .getLong(0))
                .isEqualTo(2);

        GoldFixture scratch = new GoldFixture(spark, tmp.resolve("scratch"));
        march(scratch);
        scratch.doc("d7", "2024-04-02", "s7", "乙晚报", "科技创新")
                .mention("d7", 0, "500000")
                .mention("d7", 0, "510000")
                .metric("d7", 3, "500000", "地区生产总值（GDP）", "CNY", 7.0e11, "level", false)
                .write();
        scratch.warehouse.delta(Documents.DEF).updateExpr("doc_id = 'd4'", Map.of("story_id", "'s3'"));
        AggregateJob.run(GoldFixture.context(scratch.warehouse, Map.of()));
        assertThat(snapshot(f.warehouse, "true")).isEqualTo(snapshot(scratch.warehouse, "true"));
    }

    @Test
    void changedSettingsRecomputeEverythingAndHousekeepingKeepsTheRows(@TempDir Path tmp) {
        GoldFixture f = new GoldFixture(spark, tmp.resolve("cfg"));
        march(f);
        f.write();
        AggregateJob.run(GoldFixture.context(f.warehouse, Map.of()));
        StageResult r = AggregateJob.run(
                GoldFixture.context(f.warehouse, Map.of("regionpulse.aggregate.keywords.min-documents", 1)));
        assertThat(r.detail()).startsWith("full recompute (settings or gazetteer changed)");
        assertThat(one("SELECT count(*) FROM delta.`" + f.warehouse.path(RegionKeywords.DEF)
                                + "` WHERE granularity = 'month' AND region_code = '440100'")
                        .getLong(0))
                .isEqualTo(1);

        Map<TableDef, List<String>> before = snapshot(f.warehouse, "true");
        // time travel and history the owner of one table asked for: longer than the settings, kept
        spark.sql("ALTER TABLE delta.`" + f.warehouse.path(RegionComention.DEF) + "` SET TBLPROPERTIES ("
                + "'delta.deletedFileRetentionDuration' = 'interval 10 days', "
                + "'delta.logRetentionDuration' = 'interval 90 days')");
        List<String> done = Housekeeping.maintain(
                f.warehouse,
                new AggregateSettings(
                        20,
                        1,
                        20,
                        1,
                        true,
                        0,
                        30,
                        AggregateSettings.DEFAULT_MAX_MENTIONS_PER_DOCUMENT_REGION,
                        AggregateSettings.DEFAULT_ROWS_PER_FILE));
        assertThat(done).hasSize(4).allMatch(s -> s.contains("laid out in period ranges"));
        assertThat(snapshot(f.warehouse, "true")).isEqualTo(before);
        assertThat(f.warehouse
                        .delta(RegionTimeline.DEF)
                        .detail()
                        .first()
                        .<scala.collection.Map<String, String>>getAs("properties")
                        .get("delta.deletedFileRetentionDuration")
                        .get())
                .isEqualTo("interval 0 hours");
        assertThat(done)
                .anyMatch(
                        d -> d.startsWith("region_comention: ") && d.contains("vacuumed (240 h), history kept 2160 h"))
                .anyMatch(d -> d.startsWith("region_timeline: ") && d.contains("vacuumed (0 h), history kept 720 h"));
    }

    static Map<TableDef, List<String>> snapshot(Warehouse wh, String where) {
        Map<TableDef, List<String>> out = new HashMap<>();
        for (TableDef t : AggregateJob.GOLD) {
            out.put(
                    t,
                    wh.read(t).where(where).toJSON().collectAsList().stream()
                            .sorted()
                            .toList());
        }
        return out;
    }

    /**
     * Each gold table gained at most one version, a WRITE whose replaceWhere predicate names
     * {@code touched} and not {@code untouched}; Delta commits nothing when a replaceWhere neither
     * adds nor removes a row (April has no keyword with enough support), so region_keywords may
     * stay. region_timeline always changes here.
     */
    static void assertOnlyPeriodWrites(Warehouse wh, Map<TableDef, Long> before, String touched, String untouched) {
        for (TableDef t : AggregateJob.GOLD) {
            long now = wh.delta(t).history().count();
            assertThat(now).as(t.name()).isBetween(before.get(t), before.get(t) + 1);
            if (t == RegionTimeline.DEF) {
                assertThat(now).as(t.name()).isEqualTo(before.get(t) + 1);
            }
            if (now > before.get(t)) {
                Row h = wh.delta(t).history(1).first();
                assertThat(h.<String>getAs("operation")).as(t.name()).isEqualTo("WRITE");
                assertThat(h.<scala.collection.Map<String, String>>getAs("operationParameters")
                                .get("predicate")
                                .get())
                        .as(t.name())
                        .contains(touched)
                        .doesNotContain(untouched);
            }
        }
    }

    static Map<TableDef, Long> versions(Warehouse wh) {
        Map<TableDef, Long> out = new HashMap<>();
        for (TableDef t : AggregateJob.GOLD) {
            out.put(t, wh.delta(t).history().count());
        }
        return out;
    }
}
