package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five real crawled seed pages through the production path (cleaner, then
 * {@link DocumentAnalyzer}): every {@code metrics_present} entry of
 * {@code ../shared/corpus/seeds/expected.json} is found with its stated attributes and no
 * {@code metrics_absent} value appears. A metric's {@code region} is compared with its region code
 * or, for clusters, the name the region mentions give that code.
 */
class SeedMetricsTest {
    private static DocumentAnalyzer analyzer;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "000_0df275de85b9ef7f.txt",
                "001_ad61b687c275495d.txt",
                "002_73456cbd855df91a.txt",
                "003_fd520424c7e01071.txt",
                "004_54d711253495c883.txt"
            })
    void findsExpectedMetricsAndNoBoilerplateNumbers(String file) throws IOException {
        Path seeds = RecognizersSpecTest.sharedDir().resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isRegularFile(seeds.resolve("expected.json")), "shared seeds not present");
        JsonNode doc = new ObjectMapper()
                .readTree(seeds.resolve("expected.json").toFile())
                .get("documents")
                .get(file);
        byte[] raw = Files.readAllBytes(seeds.resolve(file));
        CleanOutcome out = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter())
                .clean(new PageInput(
                        file,
                        seeds.resolve(file).toString(),
                        0,
                        null,
                        "txt",
                        null,
                        raw,
                        Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(out.isRejected())
                .as("rejected: %s %s", out.rejectReason(), out.rejectDetail())
                .isFalse();
        LocalDate date = LocalDate.parse(doc.get("published_date").asText());
        if (analyzer == null) {
            analyzer = new DocumentAnalyzer(Gazetteer.fromClasspath(), Lexicon.stopWords(), 20);
        }
        Analysis a = analyzer.analyze(out.page().text(), date);
        Map<String, String> names = new HashMap<>();
        for (RegionMention m : a.mentions()) {
            names.put(m.regionCode(), m.regionName());
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode want : doc.get("metrics_present")) {
            boolean found = a.metrics().stream().anyMatch(m -> matches(m, want, names));
            if (!found) {
                problems.add("missing " + want);
            }
        }
        for (JsonNode v : doc.get("metrics_absent")) {
            for (MetricMention m : a.metrics()) {
                if (Math.abs(m.value() - v.asDouble()) < 1e-9) {
                    problems.add("absent value found: " + m);
                }
            }
        }
        assertThat(problems).as("metrics of %s: %s", file, a.metrics()).isEmpty();
    }

    static boolean matches(MetricMention m, JsonNode want, Map<String, String> names) {
        if (Math.abs(m.value() - want.get("value").asDouble()) > 1e-9 * Math.max(1, Math.abs(m.value()))) {
            return false;
        }
        if (want.has("unit") && !want.get("unit").asText().equals(m.unit())) {
            return false;
        }
        if (want.has("measure_word") && !want.get("measure_word").asText().equals(m.measureWord())) {
            return false;
        }
        if (want.has("qualifier") && !want.get("qualifier").asText().equals(MetricMention.code(m.qualifier()))) {
            return false;
        }
        if (want.has("change") && !want.get("change").asText().equals(MetricMention.code(m.change()))) {
            return false;
        }
        if (want.has("comparison") && !want.get("comparison").asText().equals(MetricMention.code(m.comparison()))) {
            return false;
        }
        if (want.has("is_target") && want.get("is_target").asBoolean() != m.isTarget()) {
            return false;
        }
        if (want.has("target_year")
                && !Integer.valueOf(want.get("target_year").asInt()).equals(m.targetYear())) {
            return false;
        }
        if (want.has("reference_year")
                && !Integer.valueOf(want.get("reference_year").asInt()).equals(m.referenceYear())) {
            return false;
        }
        if (want.has("indicator_contains")
                && (m.indicator() == null
                        || !m.indicator()
                                .contains(want.get("indicator_contains").asText()))) {
            return false;
        }
        if (want.has("region")) {
            String r = want.get("region").asText();
            return r.equals(m.regionCode()) || r.equals(names.get(m.regionCode()));
        }
        return true;
    }
}
