package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Generates two small corpora once (same seed) and checks the files against their truth. */
class CorpusGeneratorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DOCS = 400;

    @TempDir
    static Path tmp;

    static Path first;
    static Path second;
    static List<JsonNode> truth;

    @BeforeAll
    static void generate() throws IOException {
        first = tmp.resolve("a");
        second = tmp.resolve("b");
        for (Path p : List.of(first, second)) {
            int rc = CorpusGenerator.run(
                    "--docs",
                    "" + DOCS,
                    "--out",
                    p.toString(),
                    "--seed",
                    "11",
                    "--bad-ratio",
                    "0.05",
                    "--oversize-bytes",
                    "300000",
                    "--threads",
                    p == first ? "1" : "2");
            assertThat(rc).isZero();
        }
        truth = new ArrayList<>();
        for (String line : Files.readAllLines(first.resolve("truth.jsonl"), StandardCharsets.UTF_8))
            truth.add(JSON.readTree(line));
    }

    @Test
    void sameSeedWritesTheSameBytesWhateverTheThreadCount() throws IOException {
        assertThat(digests(second)).isEqualTo(digests(first));
    }

    @Test
    void anotherSeedWritesAnotherCorpus() throws IOException {
        Path other = tmp.resolve("c");
        assertThat(CorpusGenerator.run("--docs", "40", "--out", other.toString(), "--seed", "12"))
                .isZero();
        Path same = tmp.resolve("d");
        assertThat(CorpusGenerator.run("--docs", "40", "--out", same.toString(), "--seed", "11"))
                .isZero();
        assertThat(Files.readString(other.resolve("truth.jsonl")))
                .isNotEqualTo(Files.readString(same.resolve("truth.jsonl")));
    }

    @Test
    void truthHasOneLinePerPageInOrder() {
        List<Long> docs =
                truth.stream().map(t -> t.get("doc").asLong()).distinct().toList();
        assertThat(docs).hasSize(DOCS);
        assertThat(docs).isSorted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "html", "md", "jsonl", "warc"})
    void everyInputFormatIsPresent(String format) {
        assertThat(good().filter(t -> t.get("format").asText().equals(format)).count())
                .isGreaterThan(10);
    }

    @Test
    void corpusMixesScriptsCharsetsAndSyndicatedCopies() {
        assertThat(good().filter(t -> t.get("script").asText().equals("traditional"))
                        .count())
                .isGreaterThan(DOCS / 20);
        assertThat(good().filter(t -> t.get("charset").asText().equals("GBK")).count())
                .isGreaterThan(0);
        Map<String, Integer> perStory = new HashMap<>();
        good().forEach(t -> perStory.merge(t.get("story_id").asText(), 1, Integer::sum));
        assertThat(perStory.values().stream().filter(n -> n > 1).count()).isGreaterThan(3);
        assertThat(good().filter(t -> t.get("syndicated_copy").asBoolean()).count())
                .isGreaterThan(3);
    }

    @Test
    void datesSpreadOverAYear() {
        long months = good().map(t -> t.get("published_date").asText().substring(0, 7))
                .distinct()
                .count();
        assertThat(months).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyTruthRegionAndMetricSurfaceAppearsInThePage() throws IOException {
        int checked = 0;
        for (JsonNode t : good().toList()) {
            if (t.has("in_truncated_file")) continue;
            String page = pageText(first, t);
            for (JsonNode r : t.get("regions")) {
                assertThat(page)
                        .as("doc %s region %s", t.get("doc"), r)
                        .contains(r.get("surface").asText());
            }
            for (JsonNode r : t.get("regions_absent")) {
                assertThat(page)
                        .as("doc %s chrome region %s", t.get("doc"), r)
                        .contains(r.get("surface").asText());
            }
            if (t.get("script").asText().equals("simplified")) {
                for (JsonNode m : t.get("metrics")) {
                    assertThat(page)
                            .as("doc %s metric %s", t.get("doc"), m)
                            .contains(m.get("surface").asText());
                }
            }
            assertThat(t.get("regions").size()).isPositive();
            assertThat(t.get("metrics").size()).isPositive();
            checked++;
        }
        assertThat(checked).isGreaterThan(DOCS * 8 / 10);
    }

    @Test
    void chromeRegionsAreNeverArticleRegions() {
        good().forEach(t -> {
            List<String> article = new ArrayList<>();
            t.get("regions").forEach(r -> article.add(r.get("code").asText()));
            t.get("regions_absent").forEach(r -> assertThat(article)
                    .doesNotContain(r.get("code").asText()));
        });
    }

    @Test
    void metricsAreNormalisedAsTheTableContractSays() {
        good().forEach(t -> t.get("metrics").forEach(m -> {
            String s = m.get("surface").asText();
            double v = m.get("value").asDouble();
            String unit = m.get("unit").asText();
            if (s.contains("万亿元")) {
                assertThat(v).as(s).isGreaterThanOrEqualTo(1e12);
            } else if (s.contains("亿元") || s.contains("亿美元")) {
                assertThat(v).as(s).isGreaterThanOrEqualTo(1e8);
            } else if (s.endsWith("%") || s.endsWith("%左右") || s.endsWith("%以上")) {
                assertThat(unit).as(s).isEqualTo("percent");
                assertThat(v).as(s).isLessThan(1000);
            }
            if (m.get("is_target").asBoolean()) {
                assertThat(m.get("target_year").asInt()).isBetween(2024, 2031);
            }
        }));
    }

    static Stream<Arguments> badKinds() {
        return Stream.of(
                Arguments.of("broken_json_line", "malformed_record"),
                Arguments.of("empty_file", "empty_input"),
                Arguments.of("binary_file", "binary"),
                Arguments.of("invalid_utf8", "bad_encoding"),
                Arguments.of("truncated_gz", "malformed_record"),
                Arguments.of("truncated_warc", "malformed_record"),
                Arguments.of("oversize", "too_large"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("badKinds")
    void badInputsAreSaltedWithTheirExpectedRejectReason(String kind, String reason) {
        List<JsonNode> bad = truth.stream()
                .filter(t ->
                        kind.equals(t.path("bad").asText()) && !t.get("reject").isNull())
                .toList();
        assertThat(bad).isNotEmpty();
        bad.forEach(t -> {
            assertThat(t.get("reject").get("reason").asText()).isEqualTo(reason);
            assertThat(first.resolve(t.get("file").asText())).exists();
        });
    }

    @Test
    void badRatioDecidesHowManyPagesAreBroken() throws IOException {
        long bad = truth.stream()
                .filter(t -> t.has("bad"))
                .map(t -> t.get("doc").asLong())
                .distinct()
                .count();
        assertThat(bad).isEqualTo(Math.round(DOCS * 0.05));
        assertThat(JSON.readTree(first.resolve("manifest.json").toFile())
                        .get("bad")
                        .asLong())
                .isEqualTo(bad);
    }

    @Test
    void brokenFilesReallyAreBroken() throws IOException {
        for (JsonNode t : truth) {
            String kind = t.path("bad").asText();
            Path f = first.resolve(t.path("file").asText());
            switch (kind) {
                case "empty_file" -> assertThat(Files.size(f)).isZero();
                case "oversize" -> assertThat(Files.size(f)).isGreaterThan(300000);
                case "truncated_gz" -> assertThatThrownBy(() -> {
                            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                                in.readAllBytes();
                            }
                        })
                        .isInstanceOf(IOException.class);
                case "invalid_utf8" -> assertThatThrownBy(() -> StandardCharsets.UTF_8
                                .newDecoder()
                                .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))))
                        .isInstanceOf(java.nio.charset.CharacterCodingException.class);
                case "broken_json_line" -> {
                    String line = lines(f).get(t.get("record").asInt());
                    assertThatThrownBy(() -> JSON.readTree(line)).isInstanceOf(IOException.class);
                }
                case "gbk_undeclared" -> {
                    if (t.get("charset").asText().equals("GBK")) {
                        assertThatThrownBy(() -> StandardCharsets.UTF_8
                                        .newDecoder()
                                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(f))))
                                .isInstanceOf(java.nio.charset.CharacterCodingException.class);
                    }
                }
                default -> {}
            }
        }
    }

    @Test
    void largeModeWritesOnlyGzipBatches() throws IOException {
        Path big = tmp.resolve("big");
        assertThat(CorpusGenerator.run("--docs", "60", "--out", big.toString(), "--files-up-to", "10", "--batch", "25"))
                .isZero();
        try (Stream<Path> files = Files.walk(big)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> big.relativize(p).toString())
                    .sorted()
                    .toList();
            assertThat(names)
                    .allMatch(n -> n.endsWith(".jsonl.gz")
                            || n.endsWith(".warc.gz")
                            || n.equals("truth.jsonl.gz")
                            || n.equals("manifest.json"));
            assertThat(names).contains("jsonl/part-00000.jsonl.gz", "jsonl/part-00002.jsonl.gz");
        }
    }

    // ---------------------------------------------------------------------------------------------

    private static Stream<JsonNode> good() {
        return truth.stream().filter(t -> t.get("reject").isNull());
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                MessageDigest md = sha();
                out.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        }
        return out;
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, List<String>> LINES = new HashMap<>();

    private static List<String> lines(Path f) throws IOException {
        List<String> cached = LINES.get(f.toString());
        if (cached != null) return cached;
        byte[] b;
        try (InputStream in =
                f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f)) : Files.newInputStream(f)) {
            b = in.readAllBytes();
        }
        List<String> l = List.of(new String(b, StandardCharsets.UTF_8).split("\n"));
        LINES.put(f.toString(), l);
        return l;
    }

    /** The page as a reader would see it: the file, the JSON line, or the WARC payload, decoded. */
    static String pageText(Path dir, JsonNode t) throws IOException {
        Path f = dir.resolve(t.get("file").asText());
        Charset cs = Charset.forName(t.get("charset").asText());
        int record = t.get("record").asInt();
        switch (t.get("format").asText()) {
            case "jsonl" -> {
                return jsonPage(lines(f).get(record));
            }
            case "warc" -> {
                try (WarcReader r = new WarcReader(f)) {
                    int i = 0;
                    for (WarcRecord rec : r) {
                        if (rec instanceof WarcResponse resp) {
                            if (i++ == record) {
                                ByteArrayOutputStream b = new ByteArrayOutputStream();
                                resp.http().body().stream().transferTo(b);
                                return b.toString(cs);
                            }
                        }
                    }
                }
                throw new AssertionError("no record " + record + " in " + f);
            }
            default -> {
                return new String(Files.readAllBytes(f), cs);
            }
        }
    }

    private static String jsonPage(String line) throws IOException {
        JsonNode o = JSON.readTree(line);
        StringBuilder sb = new StringBuilder();
        o.fields().forEachRemaining(e -> sb.append(e.getValue().asText()).append('\n'));
        return sb.toString();
    }
}
