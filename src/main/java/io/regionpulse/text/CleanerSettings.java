package io.regionpulse.text;

import java.io.Serializable;

/**
 * Cleaning limits: documents shorter than {@code minChars} after cleaning are rejected as
 * empty_after_cleaning; those whose Han share is below {@code minChineseShare} as not_chinese;
 * pages longer than {@code maxChars} of decoded text as too_large.
 */
public record CleanerSettings(int minChars, double minChineseShare, int maxChars) implements Serializable {
    public static CleanerSettings defaults() {
        return new CleanerSettings(20, 0.3, 2_000_000);
    }
}
