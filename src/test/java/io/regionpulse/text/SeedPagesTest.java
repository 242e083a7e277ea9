package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.nlp.HanlpScriptConverter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance on the five real crawled pages in {@code ../shared/corpus/seeds} (read at test
 * time, never copied): metadata as in expected.json, and nothing of the recommendation lists,
 * footers or licence lines left in the text.
 */
class SeedPagesTest {
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());

    static Path seedsDir() {
        Path shared = Path.of(System.getProperty("rp.shared.dir", "../shared"));
        return shared.resolve("corpus/seeds");
    }

    static Stream<Arguments> seeds() throws IOException {
        Path dir = seedsDir();
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("expected.json")), "shared seeds not available");
        JsonNode docs = new ObjectMapper()
                .readTree(dir.resolve("expected.json").toFile())
                .get("documents");
        List<Arguments> out = new ArrayList<>();
        docs.fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    static CleanedPage cleanFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Iterator<RawRecord> it = RecordReaders.read(file.toString(), in, IngestSettings.defaults());
            RawRecord r = it.next();
            assertThat(r.isRejected())
                    .as("ingest of %s: %s", file, r.rejectDetail())
                    .isFalse();
            CleanOutcome o = CLEANER.clean(new PageInput(
                    "p", file.toString(), r.recordOffset(), r.url(), r.format(), r.charset(), r.raw(), r.fetchedAt()));
            assertThat(o.isRejected())
                    .as("clean of %s: %s", file, o.rejectDetail())
                    .isFalse();
            return o.page();
        }
    }

    /** Region code → names (full and short) from the project's gazetteer. */
    static Map<String, List<String>> regionNames() throws IOException {
        Path tsv = Path.of(System.getProperty("rp.project.dir", ".")).resolve("conf/regions/divisions.tsv");
        Map<String, List<String>> out = new HashMap<>();
        if (!Files.exists(tsv)) {
            return out;
        }
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("code\t")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length >= 3) {
                List<String> names = new ArrayList<>();
                names.add(c[1]);
                if (!c[2].isBlank()) {
                    names.add(c[2]);
                }
                out.put(c[0], names);
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void seedPageHasExpectedMetadataAndNoBoilerplate(String name, JsonNode exp) throws IOException {
        CleanedPage p = cleanFile(seedsDir().resolve(name));

        assertThat(p.title()).as("title").isEqualTo(exp.get("title").asText());
        assertThat(String.valueOf(p.publishedDate()))
                .as("published_date")
                .isEqualTo(exp.get("published_date").asText());
        assertThat(p.sourceName())
                .as("source_name")
                .isEqualTo(exp.get("source_name").asText());
        assertThat(p.originalScript())
                .as("original_script")
                .isEqualTo(exp.get("original_script").asText());
        if (exp.has("flags")) {
            List<String> flags = new ArrayList<>();
            exp.get("flags").forEach(f -> flags.add(f.asText()));
            assertThat(p.flags()).as("flags").containsAll(flags);
        }
        if (exp.has("text_must_not_contain")) {
            exp.get("text_must_not_contain").forEach(s -> assertThat(p.text()).doesNotContain(s.asText()));
        }
        Map<String, List<String>> names = regionNames();
        for (JsonNode code : exp.get("regions_absent")) {
            for (String n : names.getOrDefault(code.asText(), List.of())) {
                assertThat(p.text())
                        .as("region %s (%s) only occurs in boilerplate", code.asText(), n)
                        .doesNotContain(n);
            }
        }
        for (JsonNode v : exp.get("metrics_absent")) {
            for (String surface : surfaces(v.decimalValue())) {
                assertThat(p.text())
                        .as("number %s only occurs in boilerplate", surface)
                        .doesNotContain(surface);
            }
        }
        assertThat(p.text()).doesNotContain("本文地址", "ICP备", "公网安备", "版权所有", "延伸阅读", "相关阅读", "标签", "\" />");
    }

    /** How a boilerplate-only number is written: 5970000 → "5970000", "597万"; small numbers are too ambiguous to check. */
    static List<String> surfaces(BigDecimal v) {
        List<String> out = new ArrayList<>();
        if (v.compareTo(BigDecimal.valueOf(1000)) < 0) {
            return out;
        }
        out.add(v.stripTrailingZeros().toPlainString());
        if (v.compareTo(BigDecimal.valueOf(10000)) >= 0) {
            out.add(v.divide(BigDecimal.valueOf(10000)).stripTrailingZeros().toPlainString() + "万");
        }
        return out;
    }
}
