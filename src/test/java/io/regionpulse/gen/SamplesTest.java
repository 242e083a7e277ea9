package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Keeps samples/ and samples/expected.json honest: every expectation names a real page. */
class SamplesTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("rp.project.dir", ".")).resolve("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode expected() throws IOException {
        return JSON.readTree(SAMPLES.resolve("expected.json").toFile()).get("documents");
    }

    static Stream<String> keys() throws IOException {
        List<String> k = new ArrayList<>();
        expected().fieldNames().forEachRemaining(k::add);
        return k.stream();
    }

    @Test
    void samplesHaveAtLeastThirtyPagesInEveryFormat() throws IOException {
        Set<String> formats = new HashSet<>();
        keys().forEach(k -> formats.add(k.substring(0, k.indexOf('/'))));
        assertThat(keys().count()).isGreaterThanOrEqualTo(30);
        assertThat(formats).containsExactlyInAnyOrder("txt", "html", "md", "feeds", "crawl");
    }

    @ParameterizedTest
    @MethodSource("keys")
    void everyExpectationNamesAPageWithItsTitleAndRegions(String key) throws IOException {
        JsonNode e = expected().get(key);
        String page = page(key, e);
        assertThat(e.get("regions_present").size()).isPositive();
        assertThat(e.get("published_date").asText()).matches("2024-0[1-6]-\\d\\d");
        if (!e.get("original_script").asText().equals("traditional")) {
            assertThat(page).contains(e.get("title").asText());
        }
    }

    @Test
    void sampleDatesSpanAtLeastThreeMonths() throws IOException {
        Set<String> months = new HashSet<>();
        for (String k : keys().toList())
            months.add(expected().get(k).get("published_date").asText().substring(0, 7));
        assertThat(months.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void syndicatedPairPointsAtEachOther() throws IOException {
        JsonNode e = expected();
        List<String> pair = new ArrayList<>();
        e.fields().forEachRemaining(f -> {
            if (f.getValue().has("syndicated_with")) pair.add(f.getKey());
        });
        assertThat(pair).hasSize(2);
        assertThat(e.get(pair.get(0)).get("syndicated_with").asText()).isEqualTo(pair.get(1));
        assertThat(e.get(pair.get(0)).get("regions_present"))
                .isEqualTo(e.get(pair.get(1)).get("regions_present"));
    }

    @Test
    void committedWarcIsWhatSampleCrawlWrites(@TempDir Path tmp) throws IOException {
        Path fresh = tmp.resolve("crawl.warc.gz");
        SampleCrawl.write(fresh);
        assertThat(Files.readAllBytes(SAMPLES.resolve("crawl/regional-crawl-2024.warc.gz")))
                .isEqualTo(Files.readAllBytes(fresh));
    }

    @Test
    void warcCarriesOneGbkResponseDeclaredOnlyInTheHttpHeader() throws IOException {
        int gbk = 0;
        try (WarcReader r = new WarcReader(SAMPLES.resolve("crawl/regional-crawl-2024.warc.gz"))) {
            for (WarcRecord rec : r) {
                if (rec instanceof WarcResponse resp
                        && resp.http().contentType().toString().contains("GBK")) {
                    byte[] body = resp.http().body().stream().readAllBytes();
                    assertThat(new String(body, Charset.forName("GBK")))
                            .contains("张江")
                            .doesNotContain("charset");
                    gbk++;
                }
            }
        }
        assertThat(gbk).isEqualTo(1);
    }

    /** The page text a reader sees for an expectation key (path or path#record). */
    static String page(String key, JsonNode e) throws IOException {
        String path = key.contains("#") ? key.substring(0, key.indexOf('#')) : key;
        int record = key.contains("#") ? Integer.parseInt(key.substring(key.indexOf('#') + 1)) : 0;
        Path f = SAMPLES.resolve(path);
        assertThat(f).exists();
        Charset cs = Charset.forName(e.has("charset") ? e.get("charset").asText() : "UTF-8");
        if (path.endsWith(".jsonl")) {
            return JSON.readTree(Files.readAllLines(f).get(record)).toString().replace("\\\"", "\"");
        }
        if (path.endsWith(".warc.gz")) {
            try (WarcReader r = new WarcReader(f)) {
                int i = 0;
                for (WarcRecord rec : r) {
                    if (rec instanceof WarcResponse resp && i++ == record) {
                        assertThat(resp.target()).isEqualTo(e.get("url").asText());
                        return new String(resp.http().body().stream().readAllBytes(), cs);
                    }
                }
            }
            throw new AssertionError("no record " + record);
        }
        return new String(Files.readAllBytes(f), cs);
    }
}
