package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The project's own sample corpus ({@code samples/}, every input format) through the production
 * path — reader, cleaner, {@link DocumentAnalyzer} — against the {@code metrics_present} and
 * {@code metrics_absent} expectations of {@code samples/expected.json}. Reports the share found
 * and every miss to {@code target-metrics/metrics/samples-report.md}.
 *
 * <p>Reproduce: {@code mvn -q -o -Drp.buildDir=target-metrics test -Dtest='SampleMetricsTest'}.
 */
class SampleMetricsTest {
    private static final Path PROJECT = Path.of(System.getProperty("rp.project.dir", "."));
    private static final Path SAMPLES = PROJECT.resolve("samples");

    @Test
    void findsTheExpectedMetricsOfTheSamplePages() throws IOException {
        JsonNode expected = new ObjectMapper()
                .readTree(SAMPLES.resolve("expected.json").toFile())
                .get("documents");
        Map<String, String> keyByUrl = new HashMap<>();
        expected.fields().forEachRemaining(f -> {
            if (f.getValue().has("url")) {
                keyByUrl.put(f.getValue().get("url").asText(), f.getKey());
            }
        });
        DocumentAnalyzer analyzer = new DocumentAnalyzer(Gazetteer.fromClasspath(), Lexicon.stopWords(), 20);
        PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
        Map<String, Analysis> analyses = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("expected.json")
                            && !p.getFileName().toString().equals("README.md"))
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            String rel = SAMPLES.relativize(f).toString().replace('\\', '/');
            try (InputStream in = Files.newInputStream(f)) {
                Iterator<RawRecord> records = RecordReaders.read(f.toString(), in, IngestSettings.defaults());
                int i = 0;
                while (records.hasNext()) {
                    RawRecord r = records.next();
                    if (r.isRejected()) {
                        continue;
                    }
                    String key = rel.endsWith(".jsonl")
                            ? rel + "#" + i
                            : rel.contains(".warc") ? keyByUrl.get(r.url()) : rel;
                    i++;
                    if (key == null || !expected.has(key)) {
                        continue;
                    }
                    CleanOutcome c = cleaner.clean(new PageInput(
                            key,
                            r.sourceUri(),
                            r.recordOffset(),
                            r.url(),
                            r.format(),
                            r.charset(),
                            r.raw(),
                            r.fetchedAt()));
                    if (c.isRejected()) {
                        continue;
                    }
                    LocalDate date = LocalDate.parse(
                            expected.get(key).get("published_date").asText());
                    analyses.put(key, analyzer.analyze(c.page().text(), date));
                }
            }
        }
        int present = 0;
        int found = 0;
        int absentSeen = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, Analysis> e : analyses.entrySet()) {
            JsonNode doc = expected.get(e.getKey());
            Analysis a = e.getValue();
            Map<String, String> names = new HashMap<>();
            for (RegionMention m : a.mentions()) {
                names.put(m.regionCode(), m.regionName());
            }
            for (JsonNode want : doc.get("metrics_present")) {
                present++;
                if (a.metrics().stream().anyMatch(m -> SeedMetricsTest.matches(m, want, names))) {
                    found++;
                } else {
                    misses.append("| missing | ")
                            .append(e.getKey())
                            .append(" | ")
                            .append(want)
                            .append(" | ")
                            .append(near(a.metrics(), want.get("value").asDouble()))
                            .append(" |\n");
                }
            }
            for (JsonNode v : doc.get("metrics_absent")) {
                for (MetricMention m : a.metrics()) {
                    if (Math.abs(m.value() - v.asDouble()) < 1e-9) {
                        absentSeen++;
                        misses.append("| absent seen | ")
                                .append(e.getKey())
                                .append(" | ")
                                .append(v)
                                .append(" | ")
                                .append(m.surface())
                                .append(" |\n");
                    }
                }
            }
        }
        double share = present == 0 ? 0 : (double) found / present;
        String report = String.format(
                "documents analysed %d of %d; metrics_present found %d/%d = %.3f; metrics_absent seen %d%n%n"
                        + "| kind | page | expected | ours |%n|---|---|---|---|%n%s",
                analyses.size(), expected.size(), found, present, share, absentSeen, misses);
        Path dir = PROJECT.resolve("target-metrics/metrics");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("samples-report.md"), report);
        assertThat(analyses.size()).as(report).isEqualTo(expected.size());
        assertThat(share).as(report).isGreaterThanOrEqualTo(0.85);
        assertThat(absentSeen).as(report).isLessThanOrEqualTo(2);
    }

    private static String near(List<MetricMention> ms, double v) {
        List<String> out = new ArrayList<>();
        for (MetricMention m : ms) {
            if (Math.abs(m.value() - v) <= 1e-9 * Math.max(1, Math.abs(v))) {
                out.add(m.surface() + " " + m.unit() + " " + MetricMention.code(m.qualifier()) + " "
                        + MetricMention.code(m.change())
                        + " " + MetricMention.code(m.comparison())
                        + " t=" + m.isTarget() + "/" + m.targetYear() + " ry=" + m.referenceYear() + " mw="
                        + m.measureWord() + " r=" + m.regionCode() + " ind=" + m.indicator());
            }
        }
        return out.isEmpty() ? "no metric with that value" : String.join("; ", out);
    }
}
