package io.regionpulse.dedup.eval;

import io.regionpulse.config.Settings;
import io.regionpulse.stages.CleanJob;
import io.regionpulse.stages.DedupJob;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.Sessions;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Times the dedup stage alone on generated documents of growing size ({@link DupCorpus}: about
 * 2.75 documents per story, copies of every kind except the Traditional round trip, which is the
 * costly part of generating and does not change the dedup work). Each size gets a fresh
 * warehouse; the documents are written first and the clock runs over {@code DedupJob.run} only.
 *
 * <pre>
 * java -Xmx6g -cp target/regionpulse-0.1.0.jar:$(cat target/classpath.txt) \
 *   io.regionpulse.dedup.eval.DedupBench /tmp/dedup-bench local[2] 10000 50000 100000 200000
 * </pre>
 */
public final class DedupBench {
    private DedupBench() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "/tmp/dedup-bench");
        String master = args.length > 1 ? args[1] : "local[2]";
        List<Long> sizes = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            sizes.add(Long.parseLong(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(10_000L, 50_000L, 100_000L, 200_000L);
        }
        SparkSession spark =
                Sessions.local(master, root.resolve("spark-warehouse").toString(), 8);
        System.out.println("| documents | stories (true) | dedup seconds | documents/s | result |");
        System.out.println("|---|---|---|---|---|");
        for (long size : sizes) {
            Path dir = root.resolve("n" + size);
            delete(dir);
            Warehouse w = new Warehouse(spark, dir.toString());
            for (String t : List.of("documents", "region_mentions", "metrics", "text_signatures")) {
                spark.sql("DROP TABLE IF EXISTS `" + t + "`");
            }
            w.ensure(Documents.DEF);
            w.ensure(RegionMentions.DEF);
            w.ensure(Metrics.DEF);
            long stories = Math.max(1, size * 100 / 275);
            w.append(Documents.DEF, documents(spark, stories));
            long docs = w.read(Documents.DEF).count();
            Map<String, Object> o = new HashMap<>();
            o.put(Settings.WAREHOUSE, dir.toString());
            RunContext ctx = new RunContext("run-bench-" + size, Instant.now(), Settings.load(null, o), w, null);
            long t0 = System.nanoTime();
            StageResult r = DedupJob.run(ctx);
            double secs = (System.nanoTime() - t0) / 1e9;
            System.out.printf("| %d | %d | %.1f | %.0f | %s |%n", docs, stories, secs, docs / secs, r.detail());
        }
        spark.stop();
    }

    /** Generated documents of stories [0, stories), built on the executors. */
    static Dataset<Row> documents(SparkSession spark, long stories) {
        int parts = (int) Math.max(2, Math.min(64, stories / 2000));
        return spark.range(0, stories, 1, parts)
                .toDF("story")
                .mapPartitions(
                        (MapPartitionsFunction<Row, Row>) DedupBench::generate, Encoders.row(Documents.DEF.schema()));
    }

    static Iterator<Row> generate(Iterator<Row> storyIds) {
        DupCorpus corpus = new DupCorpus(7, UnaryOperator.identity());
        List<String> columns =
                Documents.DEF.columns().stream().map(Column::name).toList();
        List<Row> out = new ArrayList<>();
        while (storyIds.hasNext()) {
            for (DupCorpus.Doc d : corpus.story(storyIds.next().getLong(0))) {
                Map<String, Object> v = new HashMap<>();
                v.put("doc_id", d.docId());
                v.put("page_id", "p-" + d.docId());
                v.put("published_at", d.publishedAt());
                v.put("published_date", LocalDate.ofInstant(d.publishedAt(), ZoneOffset.ofHours(8)));
                v.put("original_script", "simplified");
                v.put("text", d.text());
                v.put("char_count", d.text().length());
                v.put("flags", new String[0]);
                v.put("content_hash", CleanJob.contentHash(d.text()));
                v.put("run_id", "run-bench");
                out.add(RowFactory.create(columns.stream().map(v::get).toArray()));
            }
        }
        return out.iterator();
    }

    static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
