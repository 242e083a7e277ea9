package io.regionpulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.analysis.Keywords;
import io.regionpulse.analysis.WordBoundaries;
import io.regionpulse.nlp.Segmenter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMatcher;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentences;
import io.regionpulse.text.Token;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Document keywords with the fragment check over a plain segmentation of the whole text (before
 * issue 17) and over only the clauses it needs ({@link WordBoundaries#lazy}, what extract runs):
 * documents whose keywords are identical, the share of characters segmented a second time, and
 * the measuring thread's CPU seconds of each way (keywords and the plain segmentation; the first
 * 200 documents warm up and are not timed).
 *
 * <pre>rp_tool io.regionpulse.bench.KeywordBoundariesCompare ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl 20</pre>
 */
public final class KeywordBoundariesCompare {
    private KeywordBoundariesCompare() {}

    public static void main(String[] args) throws IOException {
        Gazetteer g = Gazetteer.fromClasspath();
        Segmenter segmenter = new Segmenter(g);
        Segmenter plain = Segmenter.coreOnly();
        RegionMatcher matcher = new RegionMatcher(g);
        Keywords keywords = new Keywords(Lexicon.stopWords(), args.length > 1 ? Integer.parseInt(args[1]) : 20);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ObjectMapper json = new ObjectMapper();
        int docs = 0;
        int same = 0;
        long chars = 0;
        long[] lazyChars = {0};
        long wholeNs = 0;
        long lazyNs = 0;
        StringBuilder diffs = new StringBuilder();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            JsonNode j = json.readTree(line);
            String text = j.path("content").asText("");
            List<Token> tokens = segmenter.segment(text);
            List<RegionMention> mentions = matcher.find(text, tokens, Sentences.split(text));
            long t0 = cpu.getCurrentThreadCpuTime();
            List<String> whole = keywords.top(tokens, mentions, new WordBoundaries(text, plain.segment(text)));
            long t1 = cpu.getCurrentThreadCpuTime();
            List<String> lazy = keywords.top(tokens, mentions, WordBoundaries.lazy(text, piece -> {
                lazyChars[0] += piece.length();
                return plain.segment(piece);
            }));
            long t2 = cpu.getCurrentThreadCpuTime();
            if (docs >= 200) {
                wholeNs += t1 - t0;
                lazyNs += t2 - t1;
            }
            docs++;
            chars += text.length();
            if (whole.equals(lazy)) {
                same++;
            } else {
                diffs.append(j.path("id").asText())
                        .append(": ")
                        .append(whole)
                        .append(" → ")
                        .append(lazy)
                        .append('\n');
            }
        }
        System.out.printf(
                "%d documents, keywords identical in %d; %,d chars, %,d (%.1f%%) segmented a second time lazily;"
                        + " CPU s of keywords + plain segmentation (documents 201..): whole text %.2f, lazy %.2f%n%s",
                docs,
                same,
                chars,
                lazyChars[0],
                100.0 * lazyChars[0] / Math.max(1, chars),
                wholeNs / 1e9,
                lazyNs / 1e9,
                diffs);
    }
}
