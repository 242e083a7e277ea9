package io.regionpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The project's own sample corpus ({@code samples/}, written for RegionPulse, expectations in
 * {@code samples/expected.json}): text, HTML, Markdown and JSON-lines pages through the cleaner
 * and the analyser; every region expected present is found, none expected absent.
 */
class SampleRegionsTest {
    private static final Path SAMPLES = Path.of(System.getProperty("rp.project.dir", "."), "samples");
    private static DocumentAnalyzer analyzer;
    private static PageCleaner cleaner;

    static Stream<Arguments> samples() throws IOException {
        Map<String, Object> root =
                new Yaml().load(Files.readString(SAMPLES.resolve("expected.json"), StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> docs = (Map<String, Map<String, Object>>) root.get("documents");
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : docs.entrySet()) {
            if (!e.getKey().contains(".warc")) { // WARC records need the ingest reader; covered by the pipeline tests
                out.add(Arguments.of(
                        e.getKey(),
                        e.getValue().get("regions_present"),
                        e.getValue().get("regions_absent")));
            }
        }
        return out.stream();
    }

    private static Set<String> found(String key) throws IOException {
        if (analyzer == null) {
            analyzer = new DocumentAnalyzer(Gazetteer.fromClasspath(), Lexicon.stopWords(), 20);
            cleaner = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
        }
        String file = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
        byte[] raw = Files.readAllBytes(SAMPLES.resolve(file));
        String format = file.endsWith(".jsonl")
                ? "jsonl"
                : file.substring(file.lastIndexOf('.') + 1)
                        .replace("htm", "html")
                        .replace("htmll", "html");
        if (key.contains("#")) {
            int line = Integer.parseInt(key.substring(key.indexOf('#') + 1));
            raw = new String(raw, StandardCharsets.UTF_8).split("\n")[line].getBytes(StandardCharsets.UTF_8);
        }
        String charset = format.equals("html") ? null : "UTF-8";
        CleanOutcome out = cleaner.clean(
                new PageInput(key, file, 0, null, format, charset, raw, Instant.parse("2024-07-01T00:00:00Z")));
        assertThat(out.isRejected())
                .as("cleaner rejected %s: %s", key, out.rejectReason())
                .isFalse();
        Analysis a = analyzer.analyze(out.page().text(), out.page().publishedDate());
        Set<String> found = new HashSet<>();
        for (RegionMention m : a.mentions()) {
            found.add(m.regionCode());
            found.add(m.regionName());
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void findsEveryRegionPresentInTheSample(String key, List<String> present, List<String> absent) throws IOException {
        assertThat(found(key)).containsAll(present);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void findsNoRegionExpectedAbsent(String key, List<String> present, List<String> absent) throws IOException {
        Set<String> wrong = new HashSet<>(found(key));
        wrong.retainAll(absent);
        assertThat(wrong).isEmpty();
    }
}
