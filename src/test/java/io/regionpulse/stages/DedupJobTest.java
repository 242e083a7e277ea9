package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.config.Settings;
import io.regionpulse.dedup.DedupSettings;
import io.regionpulse.dedup.LocalClusterer;
import io.regionpulse.dedup.eval.DupCorpus;
import io.regionpulse.dedup.eval.StoryTextsFixture;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.nlp.HanlpSimplifiedToTraditional;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DedupJob on literal document rows in a temporary warehouse. */
class DedupJobTest {
    private static final SparkSession SPARK = SparkTestSession.get();

    static {
        // Delta reads its log with 50 tasks by default: most of a tiny test's time on 2 cores.
        SPARK.conf().set("spark.databricks.delta.snapshotPartitions", "2");
    }

    private static final Instant T0 = Instant.parse("2024-03-01T02:00:00Z");

    @TempDir
    Path dir;

    /**
     * One warehouse, three runs (each DedupJob run costs seconds, so the cases share them): run 1
     * clusters copies and keeps distinct articles apart; run 2 adds an earlier-published copy (joins,
     * keeps the story id, becomes canonical) and a document bridging two earlier stories (merged
     * under the earlier one, region_mentions re-pointed); run 3 finds nothing to do and writes nothing.
     */
    @Test
    void clustersCopiesJoinsLaterDocumentsMergesBridgedStoriesAndRerunsAsNoOp() {
        Warehouse w = warehouse();
        List<String> p = StoryTextsFixture.paragraphs(21, 8);
        List<String> other = StoryTextsFixture.paragraphs(31, 8);
        String full = String.join("\n", p);
        HanlpScriptConverter t2s = new HanlpScriptConverter();
        String traditional = t2s.toSimplified(new HanlpSimplifiedToTraditional().apply("來源：新華網\n" + full));
        String quoting = String.join("\n", other.subList(0, 4)) + "\n对此，有关负责人强调：" + p.get(2) + "\n"
                + String.join("\n", other.subList(4, 8));
        String b = StoryTextsFixture.article(61, 7);
        List<String> q = StoryTextsFixture.paragraphs(81, 6);
        insert(
                w,
                List.of(
                        doc("a-original", full, 0),
                        doc("a-boilerplate", "来源：人民网\n" + full + "\n责任编辑：李海燕", 3600),
                        doc("a-exact", full, 7200),
                        doc("a-traditional", traditional, 1800),
                        doc("a-truncated", full.substring(0, full.length() * 6 / 10) + "……点击阅读全文", 600),
                        doc("b-quoting", quoting, 60),
                        doc("c-same-topic", String.join("\n", StoryTextsFixture.paragraphs(41, 8)), 120),
                        doc("d-1", b, 0),
                        doc("front", String.join("\n", q.subList(0, 4)), 0),
                        doc("back", String.join("\n", q.subList(2, 6)), 60)));

        StageResult first = DedupJob.run(context(w));

        assertThat(first.input()).isEqualTo(10);
        assertThat(stories(w))
                .containsEntry("a-original", "s-a-original")
                .containsEntry("a-boilerplate", "s-a-original")
                .containsEntry("a-exact", "s-a-original")
                .containsEntry("a-traditional", "s-a-original")
                .containsEntry("a-truncated", "s-a-original")
                .containsEntry("b-quoting", "s-b-quoting")
                .containsEntry("c-same-topic", "s-c-same-topic")
                .containsEntry("d-1", "s-d-1")
                .containsEntry("front", "s-front")
                .containsEntry("back", "s-back");
        assertThat(canonical(w))
                .containsExactlyInAnyOrder("a-original", "b-quoting", "c-same-topic", "d-1", "front", "back");
        SPARK.createDataFrame(
                        List.of(RowFactory.create(
                                "m-1",
                                "back",
                                "s-back",
                                null,
                                0,
                                0,
                                2,
                                "重庆",
                                "500000",
                                "重庆市",
                                "province",
                                "500000",
                                "short_name",
                                false)),
                        RegionMentions.DEF.schema())
                .write()
                .format("delta")
                .mode("append")
                .save(w.path(RegionMentions.DEF));

        insert(w, List.of(doc("d-0", "来源：央视新闻客户端\n" + b, -3600), doc("whole", String.join("\n", q), 120)));
        StageResult second = DedupJob.run(context(w));

        assertThat(stories(w))
                .containsEntry("d-0", "s-d-1")
                .containsEntry("d-1", "s-d-1")
                .containsEntry("front", "s-front")
                .containsEntry("back", "s-front")
                .containsEntry("whole", "s-front")
                .containsEntry("a-truncated", "s-a-original");
        assertThat(canonical(w)).containsExactlyInAnyOrder("a-original", "b-quoting", "c-same-topic", "d-0", "front");
        assertThat(w.read(RegionMentions.DEF).first().<String>getAs("story_id")).isEqualTo("s-front");
        assertThat(second.detail()).contains("1 earlier documents moved");

        long version = version(w);
        assertThat(DedupJob.run(context(w)).input()).isZero();
        assertThat(version(w)).as("a rerun writes nothing").isEqualTo(version);

        // Run 4: reprocess re-cleans the canonical d-0 into an unrelated text (CleanJob.reclean
        // clears its story): it leaves s-d-1, and d-1 becomes that story's canonical again.
        String recleaned = String.join("\n", StoryTextsFixture.paragraphs(91, 8));
        w.delta(Documents.DEF)
                .update(
                        org.apache.spark.sql.functions.col("doc_id").equalTo("d-0"),
                        Map.of(
                                "text", org.apache.spark.sql.functions.lit(recleaned),
                                "content_hash", org.apache.spark.sql.functions.lit(CleanJob.contentHash(recleaned)),
                                "story_id",
                                        org.apache.spark.sql.functions.lit(null).cast("string"),
                                "is_canonical",
                                        org.apache.spark.sql.functions.lit(null).cast("boolean")));
        DedupJob.run(context(w));
        assertThat(stories(w)).containsEntry("d-0", "s-d-0").containsEntry("d-1", "s-d-1");
        assertThat(canonical(w))
                .containsExactlyInAnyOrder("a-original", "b-quoting", "c-same-topic", "d-0", "d-1", "front");
    }

    @Test
    void sparkJobAgreesWithTheLocalClustererOnAGeneratedSet() {
        Warehouse w = warehouse();
        HanlpSimplifiedToTraditional s2t = new HanlpSimplifiedToTraditional();
        HanlpScriptConverter t2s = new HanlpScriptConverter();
        List<DupCorpus.Doc> docs = new DupCorpus(11, t -> t2s.toSimplified(s2t.apply(t))).stories(0, 60);
        List<Row> rows = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> truth = new LinkedHashMap<>();
        for (DupCorpus.Doc d : docs) {
            rows.add(row(d.docId(), d.text(), d.publishedAt()));
            texts.put(d.docId(), d.text());
            truth.put(d.docId(), d.story());
        }
        // Two runs: the second half of the stories arrives later.
        int half = rows.size() / 2;
        insert(w, rows.subList(0, half));
        DedupJob.run(context(w));
        insert(w, rows.subList(half, rows.size()));
        DedupJob.run(context(w));

        Map<String, String> spark = stories(w);
        Map<String, String> local = new LocalClusterer(DedupSettings.defaults()).cluster(texts);
        assertThat(partition(spark)).isEqualTo(partition(local));
        LocalClusterer.PairScore score = LocalClusterer.score(truth, spark);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }

    private Warehouse warehouse() {
        // Table names are registered per session: forget those of other tests' (deleted) warehouses.
        for (String t : List.of("documents", "region_mentions", "metrics", "text_signatures")) {
            SPARK.sql("DROP TABLE IF EXISTS `" + t + "`");
        }
        Warehouse w = new Warehouse(SPARK, dir.resolve("w").toString());
        w.ensure(Documents.DEF);
        w.ensure(RegionMentions.DEF);
        w.ensure(io.regionpulse.tables.Metrics.DEF);
        return w;
    }

    private static RunContext context(Warehouse w) {
        Map<String, Object> o = new HashMap<>();
        o.put(Settings.WAREHOUSE, w.root());
        return new RunContext("run-test-" + System.nanoTime(), Instant.now(), Settings.load(null, o), w, null);
    }

    private static Row doc(String id, String text, long secondsAfterT0) {
        return row(id, text, T0.plusSeconds(secondsAfterT0));
    }

    private static Row row(String id, String text, Instant publishedAt) {
        Map<String, Object> v = new HashMap<>();
        v.put("doc_id", id);
        v.put("page_id", "p-" + id);
        v.put("published_at", publishedAt);
        v.put("published_date", publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.ofHours(8)));
        v.put("original_script", "simplified");
        v.put("text", text);
        v.put("char_count", text.length());
        v.put("flags", new String[0]);
        v.put("content_hash", CleanJob.contentHash(text));
        v.put("run_id", "run-test");
        return RowFactory.create(
                Documents.DEF.columns().stream().map(Column::name).map(v::get).toArray());
    }

    private static void insert(Warehouse w, List<Row> rows) {
        w.append(Documents.DEF, SPARK.createDataFrame(rows, Documents.DEF.schema()));
    }

    private static Map<String, String> stories(Warehouse w) {
        return w.read(Documents.DEF).select("doc_id", "story_id").collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    }

    private static List<String> canonical(Warehouse w) {
        return w.read(Documents.DEF).filter("is_canonical").select("doc_id").collectAsList().stream()
                .map(r -> r.getString(0))
                .toList();
    }

    private static long version(Warehouse w) {
        return w.delta(Documents.DEF).history(1).select("version").first().getLong(0);
    }

    /** Clusters as sets of doc ids, whatever their labels. */
    private static java.util.Set<java.util.Set<String>> partition(Map<String, String> clusterOf) {
        return clusterOf.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(Map.Entry::getKey, Collectors.toSet())))
                .values()
                .stream()
                .collect(Collectors.toSet());
    }
}
