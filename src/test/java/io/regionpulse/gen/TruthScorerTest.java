package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer gives a perfect extractor full marks and notices what a broken one misses. */
class TruthScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static List<JsonNode> truth = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException {
        assertThat(CorpusGenerator.run(
                        "--docs",
                        "120",
                        "--out",
                        dir.resolve("c").toString(),
                        "--seed",
                        "3",
                        "--bad-ratio",
                        "0.05",
                        "--oversize-bytes",
                        "100000"))
                .isZero();
        for (String l : Files.readAllLines(dir.resolve("c/truth.jsonl"), StandardCharsets.UTF_8))
            truth.add(JSON.readTree(l));
    }

    /** What a perfect extractor would print for each truth record, optionally damaged. */
    static Path extraction(String name, boolean withMetrics, boolean withChrome) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode t : truth) {
            if (t.path("record_offset").isNull() || t.path("record_offset").isMissingNode()) continue;
            ObjectNode o = JSON.createObjectNode();
            o.put(
                    "source_uri",
                    dir.resolve("c")
                            .resolve(t.get("file").asText())
                            .toAbsolutePath()
                            .toString());
            o.put("record_offset", t.get("record_offset").asLong());
            if (!t.get("reject").isNull()) {
                o.put("reject_reason", t.get("reject").get("reason").asText());
                lines.add(o.toString());
                continue;
            }
            o.put("url", t.get("url").asText());
            o.put("title", t.get("title").asText());
            o.put("published_date", t.get("published_date").asText());
            ArrayNode regions = o.putArray("region_mentions");
            t.get("regions").forEach(r -> regions.addObject()
                    .put("region_code", r.get("code").asText()));
            if (withChrome)
                t.get("regions_absent").forEach(r -> regions.addObject()
                        .put("region_code", r.get("code").asText()));
            ArrayNode metrics = o.putArray("metrics");
            if (withMetrics) {
                for (JsonNode m : t.get("metrics")) {
                    ObjectNode x = metrics.addObject();
                    x.put("value", m.get("value").asDouble());
                    x.put("unit", m.get("unit").asText());
                    x.put("qualifier", m.get("qualifier").asText());
                    x.put("change", m.get("change").asText());
                    if (m.hasNonNull("comparison"))
                        x.put("comparison", m.get("comparison").asText());
                    x.put("is_target", m.get("is_target").asBoolean());
                    x.put("region_code", m.get("region").asText());
                }
            }
            lines.add(o.toString());
        }
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void perfectExtractionScoresOne() throws IOException {
        Map<String, Double> s = TruthScorer.score(dir.resolve("c"), List.of(extraction("perfect.jsonl", true, false)));
        assertThat(s.get("docs")).isGreaterThan(100);
        for (String k : List.of(
                "date_accuracy",
                "title_exact",
                "region_recall",
                "region_precision",
                "metric_recall",
                "metric_precision",
                "qualifier_accuracy",
                "change_accuracy",
                "comparison_accuracy",
                "target_accuracy",
                "metric_region_accuracy",
                "bad_reason_accuracy")) {
            assertThat(s.get(k)).as(k).isEqualTo(1.0);
        }
        assertThat(s.get("chrome_region_leak")).isZero();
        assertThat(s.get("bad_matched")).isPositive();
        // the score's JSON keeps this order (counts first, bad inputs last)
        assertThat(s.keySet())
                .containsExactly(
                        "docs",
                        "docs_rejected",
                        "date_accuracy",
                        "title_exact",
                        "region_recall",
                        "region_precision",
                        "chrome_region_leak",
                        "metric_recall",
                        "metric_precision",
                        "qualifier_accuracy",
                        "change_accuracy",
                        "comparison_accuracy",
                        "target_accuracy",
                        "metric_region_accuracy",
                        "chrome_number_leak",
                        "bad_matched",
                        "bad_reason_accuracy");
    }

    @Test
    void missingMetricsAndLeakedChromeAreCounted() throws IOException {
        Map<String, Double> s = TruthScorer.score(dir.resolve("c"), List.of(extraction("broken.jsonl", false, true)));
        assertThat(s.get("metric_recall")).isZero();
        assertThat(s.get("chrome_region_leak")).isEqualTo(1.0);
        assertThat(s.get("region_recall")).isEqualTo(1.0);
        assertThat(s.get("region_precision")).isLessThan(0.7);
    }
}
