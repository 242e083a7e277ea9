package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.codes.Change;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the whole 2023 新闻联播 corpus in {@code ../shared} (pure Java, no Spark)
 * and reports how many metrics that name an economic quantity get an {@code indicator_code}, and
 * how scopes and links are spread. An economic quantity is defined without the taxonomy: an amount
 * of money (a currency unit), a change (增长/下降) or a percentage-point difference.
 *
 * <p>Reproduce: {@code mvn -q -o test -Dtest=CorpusMetricsReportTest}; the figures go to
 * {@code target-metrics/metrics/corpus-2023-report.md}.
 */
class CorpusMetricsReportTest {
    static boolean economic(MetricMention m) {
        return (m.unit() != null
                        && m.unit().length() == 3
                        && m.unit().equals(m.unit().toUpperCase()))
                || m.change() != Change.LEVEL
                || "percentage_point".equals(m.unit());
    }

    @Test
    void mostEconomicMetricsOfThe2023CorpusGetAStandardIndicator() throws IOException {
        Path corpus = RecognizersSpecTest.sharedDir().resolve("corpus/xinwenlianbo-2023h1/stories.jsonl");
        Assumptions.assumeTrue(Files.isRegularFile(corpus), "shared corpus not present: " + corpus);
        DocumentAnalyzer analyzer = new DocumentAnalyzer(Gazetteer.fromClasspath(), Lexicon.stopWords(), 20);
        ObjectMapper json = new ObjectMapper();
        int stories = 0;
        int metrics = 0;
        int econ = 0;
        int econCoded = 0;
        Map<String, Integer> byCode = new TreeMap<>();
        Map<String, Integer> byScope = new TreeMap<>();
        Map<String, Integer> byLink = new TreeMap<>();
        Map<String, Integer> uncoded = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode d = json.readTree(line);
                stories++;
                for (MetricMention m : analyzer.analyze(
                                d.get("content").asText(),
                                LocalDate.parse(d.get("date").asText()))
                        .metrics()) {
                    metrics++;
                    byScope.merge(m.scope().code(), 1, Integer::sum);
                    byLink.merge(m.regionLink().code(), 1, Integer::sum);
                    if (m.indicatorCode() != null) {
                        byCode.merge(m.indicatorCode(), 1, Integer::sum);
                    }
                    if (economic(m)) {
                        econ++;
                        if (m.indicatorCode() != null) {
                            econCoded++;
                        } else {
                            uncoded.merge(String.valueOf(m.indicator()), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        double coverage = econ == 0 ? 0 : (double) econCoded / econ;
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "stories %d, metrics %d; economic metrics %d, with indicator_code %d = %.3f%n%n",
                stories, metrics, econ, econCoded, coverage));
        b.append("scope: ").append(byScope).append("\n\nregion_link: ").append(byLink);
        b.append("\n\nindicator_code: ")
                .append(byCode)
                .append("\n\n| uncoded economic indicator phrase | n |\n|---|---|\n");
        uncoded.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .limit(60)
                .forEach(e -> b.append("| ")
                        .append(e.getKey())
                        .append(" | ")
                        .append(e.getValue())
                        .append(" |\n"));
        Path dir = Path.of(System.getProperty("rp.project.dir", ".")).resolve("target-metrics/metrics");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("corpus-2023-report.md"), b.toString());
        assertThat(metrics).as(b.toString()).isGreaterThan(1000);
        assertThat(coverage).as(b.toString()).isGreaterThanOrEqualTo(0.80);
    }
}
