package io.regionpulse.aggregate;

import com.typesafe.config.Config;
import java.io.Serializable;

/**
 * The {@code regionpulse.aggregate} block of the settings (see reference.conf for each key). A key
 * missing from an older overlay falls back to the default written here, which equals
 * reference.conf.
 *
 * @param maxRegionsPerDocument regions of one document that take part in pair generation (its
 *     top-N by mentions, ties by region code): a document naming 60 regions adds at most N(N−1)/2
 *     pairs instead of 1770
 * @param minCoDocuments pairs with fewer co-documents in a period are not written
 * @param keywordTopK keywords kept per region and period (by lift, then documents)
 * @param keywordMinDocuments a keyword needs this many of the region's documents in the period
 * @param maintenance compact (in period ranges) and VACUUM the gold tables after each aggregate run
 * @param vacuumRetentionHours files no longer referenced are kept this long (time travel window)
 * @param logRetentionDays Delta log (history) kept this long
 * @param maxMentionsPerDocumentRegion mentions of one region in one document that count in the
 *     gold tables (its first N by position): one page repeating a sentence 100,000 times counts
 *     as N mentions, not 100,000
 * @param rowsPerFile gold rows per written file, the rows sorted by period into contiguous ranges:
 *     a night's replaceWhere then reads and rewrites the files of its periods' span, not every
 *     file of the table (layout only; the rows do not depend on it)
 */
public record AggregateSettings(
        int maxRegionsPerDocument,
        long minCoDocuments,
        int keywordTopK,
        long keywordMinDocuments,
        boolean maintenance,
        int vacuumRetentionHours,
        int logRetentionDays,
        int maxMentionsPerDocumentRegion,
        int rowsPerFile)
        implements Serializable {
    public static final String PREFIX = "regionpulse.aggregate.";
    public static final int DEFAULT_MAX_MENTIONS_PER_DOCUMENT_REGION = 50;
    public static final int DEFAULT_ROWS_PER_FILE = 100_000;

    public static AggregateSettings defaults() {
        return new AggregateSettings(
                20, 1, 20, 2, false, 168, 30, DEFAULT_MAX_MENTIONS_PER_DOCUMENT_REGION, DEFAULT_ROWS_PER_FILE);
    }

    public static AggregateSettings from(Config c) {
        AggregateSettings d = defaults();
        AggregateSettings s = new AggregateSettings(
                intOr(c, "comention.max-regions-per-document", d.maxRegionsPerDocument),
                intOr(c, "comention.min-co-documents", (int) d.minCoDocuments),
                intOr(c, "keywords.top-k", d.keywordTopK),
                intOr(c, "keywords.min-documents", (int) d.keywordMinDocuments),
                c.hasPath(PREFIX + "maintenance.enabled")
                        ? c.getBoolean(PREFIX + "maintenance.enabled")
                        : d.maintenance,
                intOr(c, "maintenance.vacuum-retention-hours", d.vacuumRetentionHours),
                intOr(c, "maintenance.log-retention-days", d.logRetentionDays),
                intOr(c, "timeline.max-mentions-per-document", d.maxMentionsPerDocumentRegion),
                intOr(c, "rows-per-file", d.rowsPerFile));
        if (s.maxRegionsPerDocument < 2
                || s.minCoDocuments < 1
                || s.keywordTopK < 1
                || s.keywordMinDocuments < 1
                || s.vacuumRetentionHours < 0
                || s.logRetentionDays < 1
                || s.maxMentionsPerDocumentRegion < 1
                || s.rowsPerFile < 1) {
            throw new io.regionpulse.config.UserError("bad regionpulse.aggregate settings: " + s);
        }
        return s;
    }

    /** What the gold rows depend on: a change here makes the next run recompute every period. */
    public String outputFingerprint() {
        return "regions=" + maxRegionsPerDocument + ";minco=" + minCoDocuments + ";topk=" + keywordTopK + ";minkw="
                + keywordMinDocuments + ";maxmentions=" + maxMentionsPerDocumentRegion;
    }

    private static int intOr(Config c, String key, int dflt) {
        return c.hasPath(PREFIX + key) ? c.getInt(PREFIX + key) : dflt;
    }
}
