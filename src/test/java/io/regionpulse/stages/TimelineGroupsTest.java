package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.Gazetteer;
import io.regionpulse.testing.SparkTestSession;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * region_timeline and region_comention on four documents of one day: groups credit their members
 * apart (direct documents vs documents including groups, one query each), counties roll up to
 * their prefecture and province, pairs carry both names.
 */
class TimelineGroupsTest {
    static SparkSession spark;
    static Dataset<Row> timeline;
    static Dataset<Row> comention;

    @BeforeAll
    static void compute() {
        spark = SparkTestSession.get();
        Gazetteer gaz = Gazetteer.fromClasspath();
        StructType docSchema = new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("story", DataTypes.StringType)
                .add("source", DataTypes.StringType)
                .add("published_date", DataTypes.DateType)
                .add("published_at", DataTypes.TimestampType);
        java.sql.Date day = java.sql.Date.valueOf("2023-03-15");
        java.sql.Timestamp at = java.sql.Timestamp.valueOf("2023-03-15 19:00:00");
        List<Row> docs = new ArrayList<>();
        for (String d : List.of("d1", "d2", "d3", "d4")) {
            docs.add(RowFactory.create(d, d, "新闻联播", day, at));
        }
        Dataset<Row> dp =
                TrendFrames.docPeriods(spark.createDataFrame(docs, docSchema)).filter("granularity = 'day'");
        StructType ms = new StructType()
                .add("doc_id", DataTypes.StringType)
                .add("sentence_index", DataTypes.IntegerType)
                .add("start", DataTypes.IntegerType)
                .add("end", DataTypes.IntegerType)
                .add("region_code", DataTypes.StringType)
                .add("region_name", DataTypes.StringType)
                .add("region_level", DataTypes.StringType)
                .add("province_code", DataTypes.StringType)
                .add("match_type", DataTypes.StringType)
                .add("in_organization", DataTypes.BooleanType);
        List<Row> m = List.of(
                // d1: 京津冀协同发展 — the cluster only
                RowFactory.create("d1", 0, 0, 3, "CL-JJJ", "京津冀", "cluster", null, "full_name", false),
                // d2: 天津市 and 京津冀
                RowFactory.create("d2", 0, 0, 3, "120000", "天津市", "province", "120000", "full_name", false),
                RowFactory.create("d2", 0, 5, 8, "CL-JJJ", "京津冀", "cluster", null, "full_name", false),
                // d3: 江苏昆山 — a county and its province
                RowFactory.create("d3", 0, 0, 2, "320000", "江苏省", "province", "320000", "short_name", false),
                RowFactory.create("d3", 0, 2, 4, "320583", "昆山市", "county", "320000", "short_name", false),
                // d4: 川渝 — a combined form names both members directly
                RowFactory.create("d4", 0, 0, 2, "500000", "重庆市", "province", "500000", "combined", false),
                RowFactory.create("d4", 0, 0, 2, "510000", "四川省", "province", "510000", "combined", false));
        Dataset<Row> mentions = spark.createDataFrame(m, ms);
        timeline = TrendFrames.timeline(
                        dp, mentions, AggregateJob.regionFrame(spark, gaz), AggregateJob.groupMemberFrame(spark, gaz))
                .cache();
        timeline.createOrReplaceTempView("t_timeline");
        comention = TrendFrames.comention(
                        dp, mentions, AggregateJob.nestedFrame(spark, gaz), AggregateJob.regionFrame(spark, gaz), 20, 1)
                .cache();
        comention.createOrReplaceTempView("t_comention");
    }

    private static Row row(String code, boolean rollup) {
        return spark.sql("SELECT * FROM t_timeline WHERE region_code = '" + code + "' AND is_rollup = " + rollup)
                .first();
    }

    @Test
    void directDocumentsAndDocumentsIncludingGroupsAreOneQueryEach() {
        Row tianjin = row("120000", false);
        assertThat(tianjin.<Long>getAs("documents")).isEqualTo(1L);
        assertThat(tianjin.<Long>getAs("mentions")).isEqualTo(1L);
        assertThat(tianjin.<Long>getAs("documents_incl_groups")).isEqualTo(2L);
        assertThat(tianjin.<Long>getAs("mentions_via_groups")).isEqualTo(2L);
        // 北京 is named only through 京津冀: a row with no direct document
        Row beijing = row("110000", false);
        assertThat(beijing.<Long>getAs("documents")).isZero();
        assertThat(beijing.<Long>getAs("documents_incl_groups")).isEqualTo(2L);
        assertThat(beijing.<Double>getAs("share_of_documents")).isZero();
        Row cluster = row("CL-JJJ", false);
        assertThat(cluster.<Long>getAs("documents")).isEqualTo(2L);
        assertThat(cluster.<String>getAs("region_name")).isEqualTo("京津冀");
    }

    @Test
    void combinedFormsAreDirectMentionsOfEachMember() {
        Row sichuan = row("510000", false);
        assertThat(sichuan.<Long>getAs("documents")).isEqualTo(1L);
        assertThat(sichuan.<Long>getAs("mentions_via_groups")).isZero();
    }

    @Test
    void countiesRollUpToPrefectureAndProvinceOncePerMention() {
        Row kunshan = row("320583", false);
        assertThat(kunshan.<String>getAs("region_level")).isEqualTo("county");
        Row suzhou = row("320500", true);
        assertThat(suzhou.<Long>getAs("mentions")).isEqualTo(1L);
        assertThat(suzhou.<String>getAs("region_name")).isEqualTo("苏州市");
        Row jiangsu = row("320000", true);
        assertThat(jiangsu.<Long>getAs("mentions")).isEqualTo(2L);
        assertThat(jiangsu.<Long>getAs("documents")).isEqualTo(1L);
        assertThat(spark.sql("SELECT * FROM t_timeline WHERE region_code = '320500' AND NOT is_rollup")
                        .count())
                .isZero();
    }

    @Test
    void aGroupNamePairsWithNothingOnBehalfOfItsMembersAndPairsCarryNames() {
        assertThat(spark.sql("SELECT * FROM t_comention WHERE region_a = '110000' OR region_b = '110000'")
                        .count())
                .isZero();
        Row pair = spark.sql("SELECT * FROM t_comention WHERE region_a = '500000' AND region_b = '510000'")
                .first();
        assertThat(pair.<String>getAs("region_a_name")).isEqualTo("重庆市");
        assertThat(pair.<String>getAs("region_b_name")).isEqualTo("四川省");
        assertThat(pair.<Boolean>getAs("within_combined")).isTrue();
    }
}
