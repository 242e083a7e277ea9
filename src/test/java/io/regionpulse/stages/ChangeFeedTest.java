package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {
    @Test
    void theBookmarkRoundTripsThroughTheCommitMetadata() {
        Map<String, Long> v = new LinkedHashMap<>();
        v.put("documents", 12L);
        v.put("region_mentions", 30L);
        v.put("metrics", 7L);
        String meta = ChangeFeed.format(v);
        assertThat(meta).isEqualTo("sources:documents=12,region_mentions=30,metrics=7");
        assertThat(ChangeFeed.parse(meta)).isEqualTo(v);
    }

    @Test
    void aBookmarkMissingATableIsNoBookmark() {
        assertThat(ChangeFeed.touchedDocs(null, Map.of("documents", 1L), Map.of("documents", 2L, "metrics", 3L)))
                .isNull();
        assertThat(ChangeFeed.touchedDocs(null, null, Map.of("documents", 2L))).isNull();
    }
}
