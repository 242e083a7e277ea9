package io.regionpulse.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores extraction output against a generated corpus' truth. The extracted side is JSON lines in
 * the shape {@code jobs/inspect.sh} prints (one object per record: {@code source_uri},
 * {@code record_offset}, {@code published_date}, {@code title}, {@code region_mentions[]},
 * {@code metrics[]}, or {@code reject_reason}); records are matched to truth by file path and
 * URL, else by file path and record offset.
 *
 * <pre>
 * jobs/inspect.sh DIR/jsonl/part-00000.jsonl.gz &gt; out.jsonl
 * java ... io.regionpulse.gen.TruthScorer --corpus DIR out.jsonl
 * → {"docs":2395,"region_recall":0.999,"chrome_region_leak":0.396,"metric_recall":0.999,...}
 * </pre>
 */
@Command(
        name = "score-corpus",
        mixinStandardHelpOptions = true,
        description = "Score extraction output against truth.jsonl.")
public final class TruthScorer implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(
            names = "--corpus",
            required = true,
            description = "Generated corpus folder (holds truth.jsonl or truth.jsonl.gz).")
    Path corpus;

    @CommandLine.Parameters(description = "Extraction output files (JSON lines, inspect format).")
    List<Path> extracted = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TruthScorer()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Map<String, Double> s = score(corpus, extracted);
        System.out.println(JSON.writeValueAsString(s));
        return 0;
    }

    /** Matching key: the corpus-relative file and the record offset. */
    static String key(String file, long offset) {
        return file + "#" + offset;
    }

    public static Map<String, Double> score(Path corpus, List<Path> extracted) throws IOException {
        Map<String, JsonNode> byKey = new HashMap<>();
        String root = corpus.toAbsolutePath().normalize().toString() + "/";
        for (Path p : extracted) {
            for (JsonNode o : readLines(p)) {
                String uri = o.path("source_uri").asText();
                if (uri.startsWith("file:")) uri = uri.substring(5);
                String rel = uri.startsWith(root) ? uri.substring(root.length()) : uri;
                byKey.put(key(rel, o.path("record_offset").asLong()), o);
                if (o.hasNonNull("url")) byKey.put(rel + "|" + o.get("url").asText(), o);
            }
        }
        Path truthFile = Files.exists(corpus.resolve("truth.jsonl"))
                ? corpus.resolve("truth.jsonl")
                : corpus.resolve("truth.jsonl.gz");
        Map<String, Long> c = new LinkedHashMap<>();
        for (JsonNode t : readLines(truthFile)) {
            if (t.path("record_offset").isNull()
                    || t.path("record_offset").isMissingNode()
                    || t.has("in_truncated_file")) continue;
            // URL first: it survives readers that number records differently; then the offset
            JsonNode o = t.hasNonNull("url")
                    ? byKey.get(t.get("file").asText() + "|" + t.get("url").asText())
                    : null;
            if (o == null)
                o = byKey.get(key(t.get("file").asText(), t.get("record_offset").asLong()));
            if (o == null) continue;
            if (!t.get("reject").isNull()) {
                inc(c, "bad_matched");
                Set<String> allowed = new HashSet<>();
                allowed.add(t.get("reject").get("reason").asText());
                t.get("reject").path("also_ok").forEach(a -> allowed.add(a.asText()));
                if (allowed.contains(o.path("reject_reason").asText())) inc(c, "bad_reason_ok");
                continue;
            }
            inc(c, "docs");
            if (o.hasNonNull("reject_reason")) {
                inc(c, "docs_rejected");
                continue;
            }
            if (t.get("published_date").asText().equals(o.path("published_date").asText())) inc(c, "date_ok");
            if (t.get("script").asText().equals("simplified")) {
                inc(c, "titles");
                if (t.get("title").asText().equals(o.path("title").asText())) inc(c, "title_ok");
            }
            Set<String> found = new HashSet<>();
            o.path("region_mentions")
                    .forEach(m -> found.add(m.path("region_code").asText()));
            Set<String> want = new HashSet<>();
            t.get("regions").forEach(r -> want.add(r.get("code").asText()));
            add(c, "regions_truth", want.size());
            add(c, "regions_found", found.size());
            add(c, "regions_hit", want.stream().filter(found::contains).count());
            t.get("regions_absent").forEach(r -> {
                inc(c, "chrome_regions");
                if (found.contains(r.get("code").asText())) inc(c, "chrome_regions_found");
            });
            List<JsonNode> metrics = new ArrayList<>();
            o.path("metrics").forEach(metrics::add);
            add(c, "metrics_found", metrics.size());
            for (JsonNode m : t.get("metrics")) {
                inc(c, "metrics_truth");
                // one extracted metric answers one truth metric: the same value and unit, best agreeing
                JsonNode hit = null;
                int best = -1;
                for (JsonNode x : metrics) {
                    if (close(
                                    x.path("value").asDouble(Double.NaN),
                                    m.get("value").asDouble())
                            && x.path("unit").asText().equals(m.get("unit").asText())) {
                        int agree = agreement(x, m).size();
                        if (agree > best) {
                            best = agree;
                            hit = x;
                        }
                    }
                }
                if (hit == null) continue;
                metrics.remove(hit);
                inc(c, "metrics_hit");
                for (String ok : agreement(hit, m)) inc(c, ok);
            }
            for (JsonNode v : t.get("metrics_absent")) {
                double d = v.asDouble();
                boolean inTruth = false;
                for (JsonNode m : t.get("metrics"))
                    inTruth |= close(m.get("value").asDouble(), d);
                if (inTruth) continue;
                inc(c, "chrome_numbers");
                for (JsonNode x : metrics) {
                    if (close(x.path("value").asDouble(Double.NaN), d)) {
                        inc(c, "chrome_numbers_found");
                        break;
                    }
                }
            }
        }
        Map<String, Double> s = new LinkedHashMap<>();
        for (String[] r : SCORES) {
            s.put(r[0], r[2] == null ? Double.valueOf(c.getOrDefault(r[1], 0L)) : ratio(c, r[1], r[2]));
        }
        return s;
    }

    /** The score, in order: its name, the counter, and the counter it is a share of (null: the count itself). */
    private static final String[][] SCORES = {
        {"docs", "docs", null},
        {"docs_rejected", "docs_rejected", null},
        {"date_accuracy", "date_ok", "docs"},
        {"title_exact", "title_ok", "titles"},
        {"region_recall", "regions_hit", "regions_truth"},
        {"region_precision", "regions_hit", "regions_found"},
        {"chrome_region_leak", "chrome_regions_found", "chrome_regions"},
        {"metric_recall", "metrics_hit", "metrics_truth"},
        {"metric_precision", "metrics_hit", "metrics_found"},
        {"qualifier_accuracy", "qualifier_ok", "metrics_hit"},
        {"change_accuracy", "change_ok", "metrics_hit"},
        {"comparison_accuracy", "comparison_ok", "metrics_hit"},
        {"target_accuracy", "target_ok", "metrics_hit"},
        {"metric_region_accuracy", "metric_region_ok", "metrics_hit"},
        {"chrome_number_leak", "chrome_numbers_found", "chrome_numbers"},
        {"bad_matched", "bad_matched", null},
        {"bad_reason_accuracy", "bad_reason_ok", "bad_matched"},
    };

    /** Which attributes of an extracted metric agree with the truth metric. */
    private static List<String> agreement(JsonNode x, JsonNode m) {
        List<String> ok = new ArrayList<>();
        if (x.path("qualifier").asText().equals(m.get("qualifier").asText())) ok.add("qualifier_ok");
        String change = x.path("change").isNull() ? "level" : x.path("change").asText("level");
        if (change.equals(m.get("change").asText())) ok.add("change_ok");
        if (x.path("comparison").asText("").equals(m.path("comparison").asText(""))) ok.add("comparison_ok");
        if (x.path("is_target").asBoolean() == m.get("is_target").asBoolean()) ok.add("target_ok");
        if (x.path("region_code").asText("").equals(m.path("region").asText(""))) ok.add("metric_region_ok");
        return ok;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    }

    private static void inc(Map<String, Long> c, String k) {
        c.merge(k, 1L, Long::sum);
    }

    private static void add(Map<String, Long> c, String k, long n) {
        c.merge(k, n, Long::sum);
    }

    private static Double ratio(Map<String, Long> c, String num, String den) {
        long d = c.getOrDefault(den, 0L);
        return d == 0 ? null : Math.round(1000.0 * c.getOrDefault(num, 0L) / d) / 1000.0;
    }

    private static List<JsonNode> readLines(Path p) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(p);
                InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
