package io.regionpulse.metrics;

/**
 * One numeric fact in a document. {@code "同比增长3.5%"} → value 3.5, unit percent, change
 * increase, comparison yoy. Nullable fields are null when unknown.
 *
 * <p>unit: ISO currency code ({@code CNY, USD, HKD, EUR, ...}), {@code percent},
 * {@code percentage_point}, {@code count} (with {@code measureWord}), or a physical unit
 * ({@code tonne, kW, km, km2, mu, ...}). qualifier: {@code exact, approx, more_than, at_least,
 * less_than, at_most}. change: {@code level, increase, decrease}. comparison: {@code yoy, mom} or
 * null. regionLink: {@code sentence, subject, document, none}.
 */
public record MetricMention(
        int sentenceIndex,
        int start,
        int end,
        String surface,
        double value,
        String unit,
        String measureWord,
        String qualifier,
        String indicator,
        String change,
        String comparison,
        Integer referenceYear,
        boolean isTarget,
        Integer targetYear,
        String regionCode,
        String regionLink) {}
