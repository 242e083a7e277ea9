package io.regionpulse.bench;

import io.regionpulse.analysis.Keywords;
import io.regionpulse.nlp.Segmenter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMatcher;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import io.regionpulse.text.Sentences;
import io.regionpulse.text.Token;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Region extraction throughput on one core, beside HanLP's plain segmentation speed on the same
 * texts: chars per CPU-second of the measuring thread (robust on a shared machine) for (1) plain HanLP segmentation, (2) segmentation with the gazetteer
 * as instance dictionary, (3) the region matcher alone on ready tokens, (4) segmentation +
 * sentences + matcher + keywords (the region part of the extract stage).
 *
 * <p>Input: a {@code .jsonl} file (the {@code content}, {@code text} or {@code html} field of each
 * line) or a text file (one document per blank-line-separated block).
 *
 * <pre>java -cp target/classes:$(cat cp.txt) io.regionpulse.bench.ExtractionThroughput \
 *     ../shared/corpus/xinwenlianbo-2023h1/stories.jsonl [rounds]</pre>
 */
public final class ExtractionThroughput {
    private ExtractionThroughput() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    /** Result of one measured step: total chars processed and nanoseconds spent. */
    public record Figure(String step, long chars, long nanos) {
        public double charsPerSecond() {
            return chars / (nanos / 1e9);
        }
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length < 1) {
            out.println("usage: ExtractionThroughput FILE.jsonl|FILE.txt [rounds]");
            return 2;
        }
        List<String> docs = readDocs(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Figure> figures = measure(docs, rounds);
        long chars = docs.stream().mapToLong(String::length).sum();
        out.printf(
                Locale.ROOT,
                "%d documents, %d chars, best of %d rounds, one thread, thread CPU time%n",
                docs.size(),
                chars,
                rounds);
        out.println("| step | chars per CPU-second |");
        out.println("|---|---|");
        for (Figure f : figures) {
            out.printf(Locale.ROOT, "| %s | %,.0f |%n", f.step(), f.charsPerSecond());
        }
        return 0;
    }

    public static List<Figure> measure(List<String> docs, int rounds) {
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        Segmenter plain = new Segmenter();
        Segmenter withGazetteer = new Segmenter(gazetteer);
        RegionMatcher matcher = new RegionMatcher(gazetteer);
        Keywords keywords = new Keywords(Lexicon.stopWords(), 20);
        long chars = docs.stream().mapToLong(String::length).sum();

        List<List<Token>> tokens = new ArrayList<>(docs.size());
        List<List<Sentence>> sentences = new ArrayList<>(docs.size());
        for (String d : docs) {
            tokens.add(withGazetteer.segment(d)); // also the warm-up of the dictionaries
            sentences.add(Sentences.split(d));
            plain.segment(d);
        }
        // CPU time of this thread, not wall time: on a shared machine the wall clock also counts the
        // time other processes held the core; CPU seconds give chars per second per core.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.function.LongSupplier clock =
                cpu.isCurrentThreadCpuTimeSupported() ? cpu::getCurrentThreadCpuTime : System::nanoTime;
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = clock.getAsLong();
            for (String d : docs) {
                sink += plain.segment(d).size();
            }
            long t1 = clock.getAsLong();
            for (String d : docs) {
                sink += withGazetteer.segment(d).size();
            }
            long t2 = clock.getAsLong();
            for (int i = 0; i < docs.size(); i++) {
                sink += matcher.find(docs.get(i), tokens.get(i), sentences.get(i))
                        .size();
            }
            long t3 = clock.getAsLong();
            for (String d : docs) {
                List<Token> ts = withGazetteer.segment(d);
                List<RegionMention> ms = matcher.find(d, ts, Sentences.split(d));
                sink += keywords.top(ts, ms).size();
            }
            long t4 = clock.getAsLong();
            best[0] = Math.min(best[0], t1 - t0);
            best[1] = Math.min(best[1], t2 - t1);
            best[2] = Math.min(best[2], t3 - t2);
            best[3] = Math.min(best[3], t4 - t3);
        }
        if (sink == 42) {
            System.err.print(""); // keeps the work observable to the JIT
        }
        return List.of(
                new Figure("HanLP segmentation, plain", chars, best[0]),
                new Figure("HanLP segmentation, gazetteer instance dictionary", chars, best[1]),
                new Figure("RegionMatcher alone (tokens given)", chars, best[2]),
                new Figure("segmentation + sentences + RegionMatcher + keywords", chars, best[3]));
    }

    static List<String> readDocs(Path file) throws IOException {
        List<String> docs = new ArrayList<>();
        if (file.toString().endsWith(".jsonl")) {
            Yaml yaml = new Yaml();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Object o = yaml.load(line);
                if (o instanceof Map<?, ?> m) {
                    for (String key : new String[] {"content", "text", "html"}) {
                        if (m.get(key) instanceof String s && !s.isBlank()) {
                            docs.add(s);
                            break;
                        }
                    }
                }
            }
        } else {
            StringBuilder b = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    if (b.length() > 0) {
                        docs.add(b.toString());
                    }
                    b.setLength(0);
                } else {
                    b.append(line).append('\n');
                }
            }
            if (b.length() > 0) {
                docs.add(b.toString());
            }
        }
        return docs;
    }
}
