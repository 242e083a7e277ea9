package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The main-text extractor on 181 English news and blog pages with hand-made bodies ({@code
 * ../shared/dev/html-article-benchmark-en}, read at test time), called directly below the language
 * check, scored with the benchmark's own word-4-gram shingle metric ({@link ShingleScore}).
 * Writes per-page F1 to {@code <build dir>/english-benchmark-report.txt}.
 */
class EnglishBenchmarkTest {
    static Path dir() {
        return Path.of(System.getProperty("rp.shared.dir", "../shared")).resolve("dev/html-article-benchmark-en");
    }

    @Test
    void mainTextF1OnTheEnglishBenchmark() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir()), "shared benchmark not present");
        JsonNode truth =
                new ObjectMapper().readTree(dir().resolve("ground-truth.json").toFile());
        List<ShingleScore.Page> pages = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] raw;
            try (InputStream in = new GZIPInputStream(
                    Files.newInputStream(dir().resolve("html").resolve(e.getKey() + ".html.gz")))) {
                raw = in.readAllBytes();
            }
            String html = Charsets.decode(raw, Charsets.sniff(raw, null));
            String pred = HtmlExtractor.mainText(html, e.getValue().path("url").asText(null));
            ShingleScore.Page p = ShingleScore.match(
                    ShingleScore.wordShingles(e.getValue().path("articleBody").asText(""), 4),
                    ShingleScore.wordShingles(pred, 4));
            pages.add(p);
            report.append(String.format(
                    Locale.ROOT,
                    "%s\tP=%.3f\tR=%.3f\tF1=%.3f\t%s%n",
                    e.getKey().substring(0, 12),
                    p.precision(),
                    p.recall(),
                    p.f1(),
                    e.getValue().path("url").asText("")));
        }
        ShingleScore.Total t = ShingleScore.total(pages);
        String line = String.format(
                Locale.ROOT,
                "pages=%d precision=%.3f recall=%.3f F1=%.3f%n",
                t.pages(),
                t.precision(),
                t.recall(),
                t.f1());
        Path out = Path.of(System.getProperty("rp.buildDir", "target"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("english-benchmark-report.txt"), line + report, StandardCharsets.UTF_8);
        System.out.print(line);
        assertThat(t.pages()).isEqualTo(181);
        assertThat(t.f1()).as("F1 on the English benchmark").isGreaterThanOrEqualTo(0.93);
    }
}
