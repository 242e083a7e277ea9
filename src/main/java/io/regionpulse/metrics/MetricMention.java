package io.regionpulse.metrics;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.Code;
import io.regionpulse.codes.Comparison;
import io.regionpulse.codes.Qualifier;
import io.regionpulse.codes.RegionLink;
import io.regionpulse.codes.Scope;

/**
 * One numeric fact in a document. {@code "同比增长3.5%"} → value 3.5, unit percent, change
 * increase, comparison yoy. Nullable fields are null when unknown.
 *
 * <p>unit: ISO currency code ({@code CNY, USD, HKD, EUR, ...}), {@code percent},
 * {@code percentage_point}, {@code count} (with {@code measureWord}), {@code index_point},
 * {@code basis_point}, {@code score}, {@code times} or a physical unit ({@code tonne, kW, km,
 * km2, mu, ...}). indicatorCode: a code of {@code conf/indicators.tsv} or null. scope: a region
 * (then regionCode and regionName are set), national, foreign or none; regionLink says how it
 * was decided and whether the link is reliable.
 */
public record MetricMention(
        int sentenceIndex,
        int start,
        int end,
        String surface,
        double value,
        String unit,
        String measureWord,
        Qualifier qualifier,
        String indicator,
        String indicatorCode,
        Change change,
        Comparison comparison,
        Integer referenceYear,
        boolean isTarget,
        Integer targetYear,
        Scope scope,
        String regionCode,
        String regionName,
        RegionLink regionLink) {

    /** The stored string of a code, or null. */
    public static String code(Code c) {
        return c == null ? null : c.code();
    }

    /** The link is of a kind trusted by default (see {@link RegionLink#reliable()}). */
    public boolean linkReliable() {
        return regionLink.reliable();
    }
}
