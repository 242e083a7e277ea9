package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** extract's runs detail counts the rows documents now have, new and rewritten, and what is gone. */
class ExtractDetailTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a fresh extract: every row new
                "12 | 5 | 0 | 0 | 12 region mentions, 5 metrics",
                // a reprocess under unchanged rules: the same rows rewritten in place
                "12 | 5 | 17 | 0 | 12 region mentions, 5 metrics, 17 of them replaced an earlier row with the same key",
                // a rule change: some rows kept, some new, some gone
                "10 | 5 | 9 | 3 | 10 region mentions, 5 metrics, 9 of them replaced an earlier row with the same key, 3 earlier rows removed",
                // a document that lost every mention
                "0 | 0 | 0 | 4 | 0 region mentions, 0 metrics, 4 earlier rows removed"
            })
    void reportsNewRewrittenAndRemovedRows(long mentions, long metrics, long rewritten, long removed, String detail) {
        assertThat(ExtractJob.detail(mentions, metrics, rewritten, removed)).isEqualTo(detail);
    }
}
