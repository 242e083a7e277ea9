package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionPoolTest {
    private static final RegionPool POOL = RegionPool.load();

    @Test
    void usesTheFullGazetteerWhenItIsOnTheClasspath() {
        assertThat(POOL.source()).startsWith("gazetteer");
        assertThat(POOL.provinces()).hasSizeGreaterThanOrEqualTo(31);
        assertThat(POOL.cities()).hasSizeGreaterThan(250);
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"620400, 白银市", "610900, 安康市", "530800, 普洱市"})
    void citiesWhoseShortNameIsAnOrdinaryWordAreWrittenInFull(String code, String surface) {
        RegionPool.Entry e = POOL.get(code);
        assertThat(e).isNotNull();
        assertThat(e.shortName()).isEqualTo(surface);
    }

    @Test
    void noCityShortNameCanBeReadAsAProvince() {
        Set<String> provinceNames = new HashSet<>();
        POOL.provinces().forEach(p -> {
            provinceNames.add(p.name());
            provinceNames.add(p.shortName());
        });
        assertThat(POOL.cities()).noneMatch(c -> provinceNames.contains(c.shortName()));
    }

    @Test
    void everyCityBelongsToAProvinceOfThePool() {
        assertThat(POOL.cities()).allMatch(c -> POOL.get(c.provinceCode()) != null);
    }

    @Test
    void internalFallbackCoversEveryProvinceWithCities() {
        RegionPool internal = RegionPool.internal();
        assertThat(internal.source()).startsWith("internal");
        assertThat(internal.provinces()).hasSizeGreaterThanOrEqualTo(29);
        assertThat(internal.cities()).allMatch(c -> internal.get(c.provinceCode()) != null);
    }
}
