package io.regionpulse.regions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.codes.RegionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region mentions against hand labels, by category (docs/quality.md, Regions). Three sets in
 * {@code src/test/resources/regions/}:
 *
 * <ul>
 *   <li>{@code xwlb-region-labels-tune.tsv}: 100 sentences of the 2023 新闻联播 corpus (referred to by
 *       story id and offset, read from ../shared at test time; the matcher sees the whole story,
 *       so document context counts), used while tuning the rules;
 *   <li>{@code xwlb-region-labels-heldout.tsv}: 100 other sentences of the corpus, labelled and
 *       measured once, never tuned on;
 *   <li>{@code written-heldout.tsv}: sentences written for this evaluation (counties of many
 *       provinces, shared names with and without a parent, groups, long and short names, traps),
 *       also measured once and not tuned on.
 * </ul>
 *
 * A label is {@code surface:offset=code} (offset into the sentence); a combined form has one label
 * per member on the same span. A found mention is correct when span and code are equal. Categories
 * by the code's level: province, city (prefecture), county (county level), group (cluster, zone,
 * macro region), and combined (labels on a span that carries two or more codes).
 */
class RegionLabelsEvaluationTest {
    private static final Gazetteer G = MatcherFixture.GAZETTEER;
    private static final Path SHARED = Path.of(System.getProperty("rp.shared.dir", "../shared"));
    private static Map<String, String> stories;

    record Label(int start, int end, String code) {}

    record Item(String text, int offset, int length, Set<Label> gold) {}

    static final class Tally {
        final Map<String, int[]> byCategory = new LinkedHashMap<>(); // tp, fp, fn

        void add(String category, int tp, int fp, int fn) {
            int[] t = byCategory.computeIfAbsent(category, k -> new int[3]);
            t[0] += tp;
            t[1] += fp;
            t[2] += fn;
        }

        void addAll(Tally o) {
            o.byCategory.forEach((c, t) -> add(c, t[0], t[1], t[2]));
        }

        double[] prf(String category) {
            int[] t = byCategory.getOrDefault(category, new int[3]);
            double p = t[0] + t[1] == 0 ? 1 : t[0] / (double) (t[0] + t[1]);
            double r = t[0] + t[2] == 0 ? 1 : t[0] / (double) (t[0] + t[2]);
            return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
        }

        String table(String name) {
            StringBuilder sb =
                    new StringBuilder("| set | category | gold | found | correct | precision | recall | F1 |\n");
            sb.append("|---|---|---|---|---|---|---|---|\n");
            for (String c : List.of("all", "province", "city", "county", "group", "combined")) {
                int[] t = byCategory.getOrDefault(c, new int[3]);
                double[] x = prf(c);
                sb.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                        name,
                        c,
                        t[0] + t[2],
                        t[0] + t[1],
                        t[0],
                        x[0],
                        x[1],
                        x[2]));
            }
            return sb.toString();
        }
    }

    @BeforeAll
    static void loadStories() throws IOException {
        Path file = SHARED.resolve("corpus/xinwenlianbo-2023h1/stories.jsonl");
        stories = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return;
        }
        ObjectMapper om = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode n = om.readTree(line);
            stories.put(n.get("id").asText(), n.get("content").asText());
        }
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = RegionLabelsEvaluationTest.class.getResourceAsStream("/regions/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    static Set<Label> parseLabels(String cell) {
        Set<Label> out = new HashSet<>();
        if (cell.strip().equals("-")) {
            return out;
        }
        for (String l : cell.strip().split("\\s+")) {
            int colon = l.lastIndexOf(':');
            int eq = l.indexOf('=', colon);
            String surface = l.substring(0, colon);
            int start = Integer.parseInt(l.substring(colon + 1, eq));
            String code = l.substring(eq + 1);
            assertThat(G.get(code)).as("label code " + code).isNotNull();
            out.add(new Label(start, start + surface.length(), code));
        }
        return out;
    }

    /** story_id, offset, length, labels: the sentence is the story's text at offset. */
    static List<Item> corpusItems(String resource) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String l : lines(resource)) {
            String[] c = l.split("\t");
            String story = stories.get(c[0]);
            assertThat(story).as(c[0]).isNotNull();
            int off = Integer.parseInt(c[1]);
            int len = Integer.parseInt(c[2]);
            Set<Label> gold = parseLabels(c[3]);
            String sentence = story.substring(off, off + len);
            for (Label g : gold) {
                assertThat(g.end()).as(l).isLessThanOrEqualTo(len);
            }
            assertThat(sentence).isNotBlank();
            out.add(new Item(story, off, len, gold));
        }
        return out;
    }

    /** sentence, labels: the sentence is its own document. */
    static List<Item> writtenItems(String resource) throws IOException {
        List<Item> out = new ArrayList<>();
        for (String l : lines(resource)) {
            String[] c = l.split("\t");
            out.add(new Item(c[0], 0, c[0].length(), parseLabels(c[1])));
        }
        return out;
    }

    static Tally evaluate(List<Item> items, StringBuilder errors) {
        Tally t = new Tally();
        for (Item it : items) {
            Set<Label> found = new HashSet<>();
            for (RegionMention m : MatcherFixture.find(it.text())) {
                if (m.start() >= it.offset() && m.end() <= it.offset() + it.length()) {
                    found.add(new Label(m.start() - it.offset(), m.end() - it.offset(), m.regionCode()));
                }
            }
            Map<String, Integer> goldPerSpan = perSpan(it.gold());
            Map<String, Integer> foundPerSpan = perSpan(found);
            for (Label g : it.gold()) {
                boolean ok = found.contains(g);
                count(t, g, goldPerSpan, ok ? 1 : 0, 0, ok ? 0 : 1);
                if (!ok) {
                    errors.append("miss  ").append(describe(it, g)).append('\n');
                }
            }
            for (Label f : found) {
                if (!it.gold().contains(f)) {
                    count(t, f, foundPerSpan, 0, 1, 0);
                    errors.append("false ").append(describe(it, f)).append('\n');
                }
            }
        }
        return t;
    }

    private static String describe(Item it, Label l) {
        String s = it.text().substring(it.offset(), it.offset() + it.length());
        return s.substring(l.start(), l.end()) + ":" + l.start() + "=" + l.code() + "  in  " + s;
    }

    private static Map<String, Integer> perSpan(Set<Label> labels) {
        Map<String, Integer> out = new HashMap<>();
        for (Label l : labels) {
            out.merge(l.start() + ":" + l.end(), 1, Integer::sum);
        }
        return out;
    }

    private static void count(Tally t, Label l, Map<String, Integer> perSpan, int tp, int fp, int fn) {
        t.add("all", tp, fp, fn);
        t.add(category(l.code()), tp, fp, fn);
        if (perSpan.getOrDefault(l.start() + ":" + l.end(), 0) >= 2) {
            t.add("combined", tp, fp, fn);
        }
    }

    static String category(String code) {
        RegionLevel level = G.get(code).regionLevel();
        return switch (level) {
            case PROVINCE -> "province";
            case CITY -> "city";
            case COUNTY, DISTRICT -> "county";
            default -> "group";
        };
    }

    private static Tally run(String name, List<Item> items) {
        StringBuilder errors = new StringBuilder();
        Tally t = evaluate(items, errors);
        System.out.println(t.table(name));
        System.out.println(errors);
        return t;
    }

    @Test
    void tunePartOfTheNewsCorpus() throws IOException {
        Assumptions.assumeTrue(!stories.isEmpty(), "2023 新闻联播 corpus not available");
        Tally t = run("xwlb tune", corpusItems("xwlb-region-labels-tune.tsv"));
        assertThat(t.prf("all")[2]).isGreaterThanOrEqualTo(0.96);
    }

    /**
     * The held-out parts, never tuned on: 100 corpus sentences and the written sentences, each
     * reported apart and pooled; the issue's targets hold on the pool (held-out F1 ≥ 0.96, groups
     * and combined forms recall ≥ 0.95, counties recall ≥ 0.90 with precision ≥ 0.95).
     */
    @Test
    void heldOutParts() throws IOException {
        Assumptions.assumeTrue(!stories.isEmpty(), "2023 新闻联播 corpus not available");
        Tally pool = new Tally();
        pool.addAll(run("xwlb held-out", corpusItems("xwlb-region-labels-heldout.tsv")));
        pool.addAll(run("written held-out", writtenItems("written-heldout.tsv")));
        System.out.println(pool.table("held-out pooled"));
        assertThat(pool.prf("all")[2]).isGreaterThanOrEqualTo(0.96);
        assertThat(pool.prf("group")[1]).isGreaterThanOrEqualTo(0.95);
        assertThat(pool.prf("combined")[1]).isGreaterThanOrEqualTo(0.95);
        assertThat(pool.prf("county")[1]).isGreaterThanOrEqualTo(0.90);
        assertThat(pool.prf("county")[0]).isGreaterThanOrEqualTo(0.95);
    }
}
