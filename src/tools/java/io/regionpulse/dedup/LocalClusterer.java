package io.regionpulse.dedup;

import io.regionpulse.stages.DedupJob;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dedup decisions of {@link DedupJob} in one JVM, for evaluation, parameter sweeps and tests:
 * same normalisation, signatures, band buckets (each member compared with the first
 * {@code bucketAnchors} members of its bucket, by key order), verification and connected components
 * (union-find). Candidate pairs come from band buckets only; no all-pairs loop.
 */
public final class LocalClusterer {
    private final MinHasher hasher;

    public LocalClusterer(DedupSettings settings) {
        this.hasher = new MinHasher(settings);
    }

    /** Counters of one clustering: how much work the buckets caused. */
    public record Stats(int texts, long candidatePairs, long duplicatePairs) {}

    /** docId → cluster key (the smallest doc id of its cluster). */
    public Map<String, String> cluster(Map<String, String> textsById) {
        return cluster(textsById, new long[3]);
    }

    /** As {@link #cluster(Map)}; {@code counters} receives [texts, candidate pairs, duplicate pairs]. */
    public Map<String, String> cluster(Map<String, String> textsById, long[] counters) {
        List<String> ids = new ArrayList<>(new TreeMap<>(textsById).keySet());
        // Exact copies share one node, as rows with one content_hash do in the Spark job.
        Map<String, Integer> nodeOfText = new HashMap<>();
        int[] nodeOfDoc = new int[ids.size()];
        List<MinHasher.Signature> sigs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String norm = Shingles.normalise(textsById.get(ids.get(i)));
            Integer node = nodeOfText.get(norm);
            if (node == null) {
                node = sigs.size();
                nodeOfText.put(norm, node);
                long[] sh = Shingles.hashes(norm, hasher.settings().shingleSize());
                sigs.add(new MinHasher.Signature(hasher.signature(sh), sh.length));
            }
            nodeOfDoc[i] = node;
        }
        int n = sigs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long key : hasher.bandKeys(sigs.get(i).values())) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        long candidates = 0;
        long duplicates = 0;
        int anchors = hasher.settings().bucketAnchors();
        for (List<Integer> members : buckets.values()) {
            for (int x = 1; x < members.size(); x++) {
                for (int y = 0; y < Math.min(x, anchors); y++) {
                    int p = members.get(y);
                    int q = members.get(x);
                    long pair = ((long) Math.min(p, q) << 32) | Math.max(p, q);
                    if (!seen.add(pair)) {
                        continue;
                    }
                    candidates++;
                    MinHasher.Signature sp = sigs.get(p);
                    MinHasher.Signature sq = sigs.get(q);
                    if (hasher.verify(sp.values(), sp.shingles(), sq.values(), sq.shingles())
                            .duplicate()) {
                        duplicates++;
                        union(parent, p, q);
                    }
                }
            }
        }
        counters[0] = n;
        counters[1] = candidates;
        counters[2] = duplicates;
        Map<Integer, String> keyOfRoot = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            keyOfRoot.putIfAbsent(find(parent, nodeOfDoc[i]), ids.get(i));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            out.put(ids.get(i), keyOfRoot.get(find(parent, nodeOfDoc[i])));
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        int rx = find(parent, x);
        int ry = find(parent, y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }

    /** Pair precision/recall of predicted clusters against true ones (docId → cluster label). */
    public record PairScore(long truePairs, long predictedPairs, long correctPairs) {
        public double precision() {
            return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
        }

        public double recall() {
            return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.4f recall %.4f (true pairs %d, predicted %d, correct %d)",
                    precision(), recall(), truePairs, predictedPairs, correctPairs);
        }
    }

    /**
     * Counts pairs inside clusters without enumerating them: a cluster of n documents holds
     * n(n−1)/2 pairs, and the correct pairs are those inside each (true, predicted) cell.
     */
    public static PairScore score(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Long> t = new HashMap<>();
        Map<String, Long> p = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String pred = predicted.get(e.getKey());
            if (pred == null) {
                throw new IllegalArgumentException("no prediction for " + e.getKey());
            }
            t.merge(e.getValue(), 1L, Long::sum);
            p.merge(pred, 1L, Long::sum);
            both.merge(e.getValue() + "\u0000" + pred, 1L, Long::sum);
        }
        return new PairScore(pairs(t), pairs(p), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }
}
