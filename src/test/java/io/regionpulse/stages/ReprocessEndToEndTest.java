package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import io.regionpulse.config.Settings;
import io.regionpulse.jobs.Main;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Metrics;
import io.regionpulse.tables.RegionMentions;
import io.regionpulse.tables.TableDef;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when": a warehouse built from samples/ with the bundled gazetteer, then a new
 * alias (a news form of a city name) in a copy of conf/regions named by
 * {@code regionpulse.gazetteer.path}, then {@code reprocess --only-outdated}. Exactly the
 * documents whose text holds the alias change, none of their earlier rows remain, the gold tables
 * equal a from-scratch run with the new gazetteer, and a second reprocess does nothing.
 */
@Tag("slow")
class ReprocessEndToEndTest {
    /** 绵阳科技城 is written as one place in the news; the bundled gazetteer matches 绵阳 inside it. */
    static final String CITY = "510700";

    static final String ALIAS = "绵阳科技城";

    static final SparkSession spark = SparkTestSession.get();

    static RunContext context(Path warehouse, Path regions) {
        GoldFixture.forgetCatalog(spark);
        Map<String, Object> o = new HashMap<>(Map.of(
                Settings.WAREHOUSE, warehouse.toString(),
                Settings.INPUT, List.of(Path.of("samples").toAbsolutePath().toString())));
        if (regions != null) {
            o.put(Settings.GAZETTEER_PATH, regions.toString());
        }
        Settings s = Settings.load(null, o);
        Instant now = Instant.now();
        return new RunContext(
                RunContext.newRunId(now, warehouse.toString()) + System.nanoTime(),
                now,
                s,
                new Warehouse(spark, s.warehouse()),
                Main.gazetteer(s));
    }

    static final List<String> SILVER = List.of("ingest", "clean", "dedup");

    static final List<String> GOLD = List.of("extract", "aggregate");

    static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** conf/regions with {@link #ALIAS} added to the aliases column of {@link #CITY}. */
    static Path regionsWithAlias(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("conf/regions"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path divisions = dir.resolve("divisions.tsv");
        List<String> lines = Files.readAllLines(divisions, StandardCharsets.UTF_8);
        int edited = 0;
        for (int i = 0; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c[0].equals(CITY)) {
                c[6] = c[6].isEmpty() ? ALIAS : c[6] + "|" + ALIAS; // code name short level parent abbr aliases
                lines.set(i, String.join("\t", c));
                edited++;
            }
        }
        assertThat(edited).isEqualTo(1);
        Files.write(divisions, lines, StandardCharsets.UTF_8);
        return dir;
    }

    /** doc_id → its child rows of the table, sorted (every column, so any change shows). */
    static Map<String, List<String>> childRows(Warehouse w, TableDef t) {
        Map<String, List<String>> out = new TreeMap<>();
        for (Row r : w.read(t).collectAsList()) {
            out.computeIfAbsent(r.getAs("doc_id"), k -> new java.util.ArrayList<>())
                    .add(r.toString());
        }
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    static Set<String> changedDocs(Map<String, List<String>> before, Map<String, List<String>> after) {
        Set<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        return ids.stream()
                .filter(id -> !java.util.Objects.equals(before.get(id), after.get(id)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static StageResult stage(List<StageResult> results, Stage s) {
        return results.stream().filter(r -> r.stage() == s).findFirst().orElseThrow();
    }

    @Test
    void aNewGazetteerAliasReprocessesExactlyTheDocumentsThatNeedItAndMatchesAFreshRun(@TempDir Path tmp)
            throws IOException {
        Path inc = tmp.resolve("warehouse");
        RunContext first = context(inc, null);
        Pipeline.run(first, SILVER, first.settings().inputs(), quiet());
        // The from-scratch run below starts from the same cleaned, deduplicated documents (clean and
        // dedup do not read the gazetteer): a copy taken now saves a second ingest+clean+dedup.
        Path scratch = tmp.resolve("scratch");
        io.regionpulse.testing.Trees.copy(inc, scratch);
        Pipeline.run(first, GOLD, first.settings().inputs(), quiet());
        Warehouse w = first.warehouse();
        Map<String, List<String>> mentionsBefore = childRows(w, RegionMentions.DEF);
        Map<String, List<String>> metricsBefore = childRows(w, Metrics.DEF);
        Set<String> withAlias = w
                .read(Documents.DEF)
                .filter(org.apache.spark.sql.functions.col("text").contains(ALIAS))
                .select("doc_id")
                .collectAsList()
                .stream()
                .map(r -> r.getString(0))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(withAlias).as("a sample document names " + ALIAS).isNotEmpty();
        long docs = w.read(Documents.DEF).count();
        assertThat(w.read(Documents.DEF)
                        .filter("extract_version IS NULL OR gazetteer_version IS NULL OR clean_version IS NULL")
                        .count())
                .as("every document records its versions")
                .isZero();

        Path regions = regionsWithAlias(tmp.resolve("regions"));
        RunContext re = context(inc, regions);
        assertThat(re.rules().gazetteer()).isNotEqualTo(first.rules().gazetteer());
        assertThat(re.rules().extract()).isEqualTo(first.rules().extract());
        Reprocess.Request outdated = new Reprocess.Request(List.of(Stage.EXTRACT), null, null, false, true);
        assertThat(Reprocess.dryRun(re, outdated))
                .singleElement()
                .asString()
                .contains("would reprocess " + docs + " documents");
        List<StageResult> results = Reprocess.run(re, outdated, quiet());
        assertThat(results).extracting(StageResult::status).doesNotContain(RunStatus.FAILED);
        assertThat(stage(results, Stage.EXTRACT).input()).isEqualTo(docs);

        Set<String> changed = changedDocs(mentionsBefore, childRows(w, RegionMentions.DEF));
        changed.addAll(changedDocs(metricsBefore, childRows(w, Metrics.DEF)));
        assertThat(changed).as("documents whose child rows changed").isEqualTo(withAlias);
        assertThat(w.read(RegionMentions.DEF)
                        .filter(org.apache.spark.sql.functions.col("surface").equalTo(ALIAS))
                        .count())
                .isPositive();
        assertThat(w.read(RegionMentions.DEF)
                        .filter(org.apache.spark.sql.functions.col("surface").equalTo("绵阳"))
                        .join(w.read(Documents.DEF).select("doc_id", "text"), "doc_id")
                        .filter("substring(text, start + 1, " + ALIAS.length() + ") = '" + ALIAS + "'")
                        .count())
                .as("the old mention inside the alias is gone")
                .isZero();
        assertThat(w.read(Documents.DEF)
                        .filter(org.apache
                                .spark
                                .sql
                                .functions
                                .col("gazetteer_version")
                                .notEqual(re.rules().gazetteer()))
                        .count())
                .isZero();
        assertThat(stage(results, Stage.AGGREGATE).detail())
                .as("only the affected periods")
                .startsWith("periods ");

        RunContext fresh = context(scratch, regions);
        Pipeline.run(fresh, GOLD, fresh.settings().inputs(), quiet());
        Warehouse s = fresh.warehouse();
        assertThat(AggregateJobTest.snapshot(w, "true")).isEqualTo(AggregateJobTest.snapshot(s, "true"));
        assertThat(childRows(w, RegionMentions.DEF)).isEqualTo(childRows(s, RegionMentions.DEF));
        assertThat(childRows(w, Metrics.DEF)).isEqualTo(childRows(s, Metrics.DEF));

        Map<TableDef, Long> versions = AggregateJobTest.versions(w);
        long mentionVersion = w.delta(RegionMentions.DEF).history().count();
        List<StageResult> again = Reprocess.run(context(inc, regions), outdated, quiet());
        assertThat(again).extracting(StageResult::status).containsOnly(RunStatus.NOTHING_TO_DO);
        assertThat(AggregateJobTest.versions(w)).isEqualTo(versions);
        assertThat(w.delta(RegionMentions.DEF).history().count()).isEqualTo(mentionVersion);
    }
}
