package io.regionpulse.dedup;

import com.typesafe.config.Config;
import java.io.Serializable;

/**
 * Near-duplicate settings ({@code regionpulse.dedup.*} in reference.conf, where each key and the
 * measured precision/recall trade-off are documented). Small and serialisable: it travels to
 * executors inside the signature and verification functions.
 *
 * @param shingleSize characters per shingle of the normalised text
 * @param bands LSH bands; the signature has {@code bands * rows} MinHash values
 * @param rows MinHash values per band
 * @param seed seed of the MinHash family (part of the signature scheme)
 * @param jaccardThreshold estimated shingle Jaccard at or above which two texts are one story
 * @param containmentThreshold estimated containment of the shorter text in the longer one at or
 *     above which a truncated copy joins (only when {@code minLengthRatio} holds)
 * @param minLengthRatio shorter/longer shingle count below which containment is not considered,
 *     so that an article quoting one paragraph of another stays a separate story
 * @param shortTextShingles texts whose longer side has fewer shingles than this are "short":
 *     formula items (欢迎仪式, 评论员文章 notices) whose few differing words are the news
 * @param shortJaccardThreshold Jaccard a short pair needs (no containment rule for short pairs)
 * @param bucketAnchors members of one LSH bucket each document is compared with (caps huge
 *     buckets at a linear number of pairs)
 * @param maxIterations rounds of label propagation before giving up with an error
 */
public record DedupSettings(
        int shingleSize,
        int bands,
        int rows,
        long seed,
        double jaccardThreshold,
        double containmentThreshold,
        double minLengthRatio,
        int shortTextShingles,
        double shortJaccardThreshold,
        int bucketAnchors,
        int maxIterations)
        implements Serializable {

    public DedupSettings {
        if (shingleSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("dedup: shingle-size, bands and rows must be at least 1");
        }
        if (jaccardThreshold <= 0
                || jaccardThreshold > 1
                || containmentThreshold <= 0
                || containmentThreshold > 1
                || minLengthRatio < 0
                || minLengthRatio > 1) {
            throw new IllegalArgumentException("dedup: thresholds and ratios must lie in (0, 1]");
        }
        if (shortTextShingles < 0 || shortJaccardThreshold <= 0 || shortJaccardThreshold > 1) {
            throw new IllegalArgumentException("dedup: short-text-shingles ≥ 0 and short-jaccard-threshold in (0, 1]");
        }
        if (bucketAnchors < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("dedup: bucket-anchors and max-iterations must be at least 1");
        }
    }

    /** The defaults of reference.conf (kept equal to it; a test checks). */
    public static DedupSettings defaults() {
        return new DedupSettings(5, 32, 4, 20240301L, 0.5, 0.8, 0.5, 300, 0.8, 100, 60);
    }

    public static DedupSettings from(Config config) {
        Config c = config.getConfig("regionpulse.dedup");
        return new DedupSettings(
                c.getInt("shingle-size"),
                c.getInt("bands"),
                c.getInt("rows"),
                c.getLong("seed"),
                c.getDouble("jaccard-threshold"),
                c.getDouble("containment-threshold"),
                c.getDouble("min-length-ratio"),
                c.getInt("short-text-shingles"),
                c.getDouble("short-jaccard-threshold"),
                c.getInt("bucket-anchors"),
                c.getInt("max-iterations"));
    }

    /** Default of {@code regionpulse.dedup.window-days}. */
    public static final int DEFAULT_WINDOW_DAYS = 14;

    /**
     * {@code regionpulse.dedup.window-days}: a new text is compared only with texts published
     * within this many days of it (0 = all). Not part of the record: the signature scheme and the
     * sweep's grid do not depend on it.
     */
    public static int windowDays(Config config) {
        String key = "regionpulse.dedup.window-days";
        int days = config.hasPath(key) ? config.getInt(key) : DEFAULT_WINDOW_DAYS;
        if (days < 0) {
            throw new IllegalArgumentException("dedup: window-days must be 0 (no window) or more");
        }
        return days;
    }

    public int numHashes() {
        return bands * rows;
    }

    /** What a stored signature depends on: signatures of another scheme are recomputed. */
    public String scheme() {
        return "k" + shingleSize + "-h" + numHashes() + "-s" + seed;
    }

    /**
     * These settings with some keys of {@code regionpulse.dedup} replaced, e.g. {@code
     * with(Map.of("bands", 16, "rows", 8))}: the sweep's grid, validated like a configuration.
     */
    public DedupSettings with(java.util.Map<String, ?> overrides) {
        java.util.Map<String, Object> all = new java.util.LinkedHashMap<>();
        all.put("shingle-size", shingleSize);
        all.put("bands", bands);
        all.put("rows", rows);
        all.put("seed", seed);
        all.put("jaccard-threshold", jaccardThreshold);
        all.put("containment-threshold", containmentThreshold);
        all.put("min-length-ratio", minLengthRatio);
        all.put("short-text-shingles", shortTextShingles);
        all.put("short-jaccard-threshold", shortJaccardThreshold);
        all.put("bucket-anchors", bucketAnchors);
        all.put("max-iterations", maxIterations);
        for (String k : overrides.keySet()) {
            if (!all.containsKey(k)) {
                throw new IllegalArgumentException("dedup has no setting " + k);
            }
        }
        all.putAll(overrides);
        return from(com.typesafe.config.ConfigFactory.parseMap(java.util.Map.of("regionpulse.dedup", all)));
    }
}
