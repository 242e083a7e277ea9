package io.regionpulse.dedup;

import io.regionpulse.dedup.eval.DupCorpus;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.nlp.HanlpSimplifiedToTraditional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the similarity of each copy kind to its original and the pair precision/recall of the
 * clusterer over a grid of settings: the figures of docs/quality.md "## Dedup".
 *
 * <pre>
 * java -cp target-dedup/classes:target-dedup/test-classes:$(cat target/classpath.txt) \
 *   io.regionpulse.dedup.DedupSweep 3000
 * </pre>
 */
public final class DedupSweep {
    private DedupSweep() {}

    public static void main(String[] args) {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<DupCorpus.Doc> docs = DedupEvaluationTest.testSet(stories);
        System.out.printf("%d stories, %d documents%n", stories, docs.size());
        similarityByKind(docs, 5);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> truth = new LinkedHashMap<>();
        for (DupCorpus.Doc d : docs) {
            texts.put(d.docId(), d.text());
            truth.put(d.docId(), d.story());
        }
        DedupSettings base = DedupSettings.defaults();
        List<DedupSettings> grid = new ArrayList<>();
        for (int k : new int[] {3, 4, 5, 7}) {
            grid.add(base.with(Map.of("shingle-size", k)));
        }
        int[][] bandRows = {{16, 8}, {20, 5}, {24, 4}, {32, 4}, {40, 3}, {64, 2}};
        for (int[] br : bandRows) {
            grid.add(base.with(Map.of("bands", br[0], "rows", br[1])));
        }
        double[][] thresholds = {
            {0.4, 0.8, 0.5},
            {0.6, 0.8, 0.5},
            {0.5, 0.7, 0.5},
            {0.5, 0.9, 0.5},
            {0.5, 0.8, 0.3},
            {0.5, 0.8, 0.7},
            {0.5, 1.0, 1.0}
        };
        for (double[] t : thresholds) {
            grid.add(base.with(
                    Map.of("jaccard-threshold", t[0], "containment-threshold", t[1], "min-length-ratio", t[2])));
        }
        for (int shortShingles : new int[] {0, 150, 250}) {
            grid.add(new DedupSettings(
                    base.shingleSize(),
                    base.bands(),
                    base.rows(),
                    base.seed(),
                    base.jaccardThreshold(),
                    base.containmentThreshold(),
                    base.minLengthRatio(),
                    shortShingles,
                    base.shortJaccardThreshold(),
                    base.bucketAnchors(),
                    base.maxIterations()));
        }
        System.out.println(
                "| k | bands×rows | jaccard ≥ | containment ≥ | length ratio ≥ | short < shingles | candidate pairs | precision | recall |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (DedupSettings s : grid) {
            long[] counters = new long[3];
            Map<String, String> predicted = new LocalClusterer(s).cluster(texts, counters);
            LocalClusterer.PairScore score = LocalClusterer.score(truth, predicted);
            System.out.printf(
                    "| %d | %d×%d | %.2f | %.2f | %.2f | %d | %d | %.4f | %.4f |%n",
                    s.shingleSize(),
                    s.bands(),
                    s.rows(),
                    s.jaccardThreshold(),
                    s.containmentThreshold(),
                    s.minLengthRatio(),
                    s.shortTextShingles(),
                    counters[1],
                    score.precision(),
                    score.recall());
        }
    }

    /** Exact shingle Jaccard/containment of each copy kind with its original, and of distinct same-day same-topic pairs. */
    static void similarityByKind(List<DupCorpus.Doc> docs, int k) {
        Map<String, long[]> originals = new LinkedHashMap<>();
        for (DupCorpus.Doc d : docs) {
            if (d.kind().equals("original")) {
                originals.put(d.story(), Shingles.hashes(Shingles.normalise(d.text()), k));
            }
        }
        Map<String, List<double[]>> byKind = new TreeMap<>();
        for (DupCorpus.Doc d : docs) {
            if (!d.kind().equals("original")) {
                long[] a = originals.get(d.story());
                long[] b = Shingles.hashes(Shingles.normalise(d.text()), k);
                byKind.computeIfAbsent(d.kind(), x -> new ArrayList<>()).add(new double[] {
                    Shingles.jaccard(a, b),
                    Shingles.containment(a, b),
                    (double) Math.min(a.length, b.length) / Math.max(a.length, b.length)
                });
            }
        }
        List<String> keys = new ArrayList<>(originals.keySet());
        List<double[]> distinct = new ArrayList<>();
        for (int i = 10; i < keys.size(); i++) {
            // Story i and i-10 share topic and (mostly) date.
            long[] a = originals.get(keys.get(i));
            long[] b = originals.get(keys.get(i - 10));
            distinct.add(new double[] {
                Shingles.jaccard(a, b),
                Shingles.containment(a, b),
                (double) Math.min(a.length, b.length) / Math.max(a.length, b.length)
            });
        }
        byKind.put("~distinct same topic+day", distinct);
        System.out.println("| pair (k=" + k
                + ") | n | Jaccard min | Jaccard median | Jaccard max | containment min | containment max |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Map.Entry<String, List<double[]>> e : byKind.entrySet()) {
            List<double[]> v = e.getValue();
            double[] j = v.stream().mapToDouble(x -> x[0]).sorted().toArray();
            double[] c = v.stream().mapToDouble(x -> x[1]).sorted().toArray();
            System.out.printf(
                    "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    e.getKey(), v.size(), j[0], j[j.length / 2], j[j.length - 1], c[0], c[c.length - 1]);
        }
    }

    static HanlpScriptConverter t2s() {
        return new HanlpScriptConverter();
    }

    static HanlpSimplifiedToTraditional s2t() {
        return new HanlpSimplifiedToTraditional();
    }
}
