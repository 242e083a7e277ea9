package io.regionpulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DedupSettingsTest {
    @Test
    void defaultsEqualReferenceConf() {
        assertThat(DedupSettings.from(ConfigFactory.defaultReference())).isEqualTo(DedupSettings.defaults());
        assertThat(DedupSettings.defaults().scheme()).isEqualTo("k5-h128-s20240301");
    }

    @ParameterizedTest
    @CsvSource({"0, 32, 4, 0.5", "5, 0, 4, 0.5", "5, 32, 4, 0", "5, 32, 4, 1.5"})
    void rejectsSettingsThatCannotWork(int k, int bands, int rows, double threshold) {
        assertThatThrownBy(() -> new DedupSettings(k, bands, rows, 1, threshold, 0.8, 0.5, 300, 0.8, 100, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
