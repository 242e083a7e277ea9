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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The project's own samples/ corpus (every input format) against samples/expected.json: metadata and flags. */
class ProjectSamplesCleanTest {
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
    private static final Map<String, CleanOutcome> CLEANED = new TreeMap<>();

    static Path root() {
        return Path.of(System.getProperty("rp.project.dir", ".")).resolve("samples");
    }

    @BeforeAll
    static void cleanAll() throws IOException {
        Assumptions.assumeTrue(Files.exists(root().resolve("expected.json")), "samples not available");
        try (Stream<Path> files = Files.walk(root())) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root().relativize(f).toString().replace('\\', '/');
                if (RecordReaders.formatOf(rel) == null || rel.equals("README.md")) {
                    continue;
                }
                boolean multi =
                        "jsonl".equals(RecordReaders.formatOf(rel)) || "warc".equals(RecordReaders.formatOf(rel));
                try (InputStream in = Files.newInputStream(f)) {
                    Iterator<RawRecord> it = RecordReaders.read(f.toString(), in, IngestSettings.defaults());
                    int n = 0;
                    while (it.hasNext()) {
                        RawRecord r = it.next();
                        String key = multi ? rel + "#" + n : rel;
                        n++;
                        CleanOutcome o = r.isRejected()
                                ? CleanOutcome.reject(r.rejectReason(), r.rejectDetail())
                                : CLEANER.clean(new PageInput(
                                        "p",
                                        f.toString(),
                                        r.recordOffset(),
                                        r.url(),
                                        r.format(),
                                        r.charset(),
                                        r.raw(),
                                        r.fetchedAt()));
                        CLEANED.put(key, o);
                    }
                }
            }
        }
    }

    static Stream<Arguments> documents() throws IOException {
        Path exp = root().resolve("expected.json");
        Assumptions.assumeTrue(Files.exists(exp), "samples not available");
        List<Arguments> out = new ArrayList<>();
        new ObjectMapper()
                .readTree(exp.toFile())
                .get("documents")
                .fields()
                .forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void sampleCleansToExpectedMetadata(String key, JsonNode x) {
        CleanOutcome o = CLEANED.get(key);
        assertThat(o).as("record %s was read", key).isNotNull();
        assertThat(o.isRejected())
                .as("%s: %s %s", key, o.rejectReason(), o.rejectDetail())
                .isFalse();
        CleanedPage p = o.page();
        check(x, "title", p.title());
        check(x, "published_date", String.valueOf(p.publishedDate()));
        check(x, "source_name", p.sourceName());
        check(x, "author", p.author());
        check(x, "original_script", p.originalScript());
        if (x.has("flags")) {
            x.get("flags").forEach(f -> assertThat(p.flags()).contains(f.asText()));
        }
        if (x.has("text_must_not_contain")) {
            x.get("text_must_not_contain").forEach(s -> assertThat(p.text()).doesNotContain(s.asText()));
        }
    }

    private static void check(JsonNode x, String field, String actual) {
        if (x.has(field)) {
            assertThat(actual)
                    .as(field)
                    .isEqualTo(x.get(field).isNull() ? null : x.get(field).asText());
        }
    }
}
