package io.regionpulse.gen;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One generated story: the article text (in Simplified Chinese) and what it really contains.
 * Syndicated copies of a story share everything except {@code lead}/{@code altLead}, which
 * differ so that copies are near- rather than exact duplicates.
 */
public record Article(
        String storyId,
        LocalDateTime publishedAt,
        String title,
        String author,
        String source,
        String lead,
        String altLead,
        List<String> body,
        List<TruthRegion> regions,
        List<TruthMetric> metrics,
        List<String> tags) {

    /** A region the article text names: gazetteer code, canonical name and the exact surface used. */
    public record TruthRegion(String code, String name, String surface) {}

    /**
     * A number the article states, as the extractor should report it: {@code "同比增长20.3%"} →
     * value 20.3, unit percent, change increase, comparison yoy.
     */
    public record TruthMetric(
            String surface,
            double value,
            String unit,
            String measureWord,
            String qualifier,
            String change,
            String comparison,
            boolean isTarget,
            Integer targetYear,
            Integer referenceYear,
            String indicator,
            String regionCode) {}
}
