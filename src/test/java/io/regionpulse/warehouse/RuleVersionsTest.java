package io.regionpulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.config.Settings;
import io.regionpulse.regions.Gazetteer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-stage rule versions follow the settings each stage reads, and only those. */
class RuleVersionsTest {
    static final Gazetteer GAZ = Gazetteer.fromClasspath();

    static RuleVersions with(Map<String, Object> overrides) {
        return RuleVersions.of(Settings.load(null, overrides), GAZ);
    }

    @Test
    void theSameRulesGiveTheSameVersions() {
        RuleVersions a = with(Map.of());
        assertThat(with(Map.of())).isEqualTo(a);
        assertThat(a.clean()).matches("c\\d+-[0-9a-f]{8}");
        assertThat(a.extract()).matches("x\\d+-[0-9a-f]{8}");
        assertThat(a.gazetteer()).isEqualTo(GAZ.version());
        assertThat(a.label())
                .isEqualTo("clean=" + a.clean() + " extract=" + a.extract() + " gazetteer=" + a.gazetteer());
    }

    @Test
    void aCleanSettingChangesOnlyTheCleanVersion() {
        RuleVersions a = with(Map.of());
        RuleVersions b = with(Map.of("regionpulse.clean.min-chars", 50));
        assertThat(b.clean()).isNotEqualTo(a.clean());
        assertThat(b.extract()).isEqualTo(a.extract());
    }

    @Test
    void anExtractSettingChangesOnlyTheExtractVersion() {
        RuleVersions a = with(Map.of());
        RuleVersions b = with(Map.of("regionpulse.extract.keyword-limit", 7));
        assertThat(b.extract()).isNotEqualTo(a.extract());
        assertThat(b.clean()).isEqualTo(a.clean());
    }

    @Test
    void settingsOtherStagesReadChangeNoVersion() {
        assertThat(with(Map.of("regionpulse.aggregate.comention.max-regions-per-document", 5)))
                .isEqualTo(with(Map.of()));
    }
}
