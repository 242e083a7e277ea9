package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1, 一",
        "10, 十",
        "15, 十五",
        "20, 二十",
        "36, 三十六",
        "105, 一百零五",
        "110, 一百一十",
        "200, 两百",
        "2300, 两千三百",
        "1001, 一千零一",
        "2024, 两千零二十四",
        "9999, 九千九百九十九",
        "10000, 一万",
        "12000, 一万两千",
        "10500, 一万零五百",
        "30010, 三万零一十",
        "250000, 二十五万",
        "1000000, 一百万"
    })
    void spellsIntegersAsNewsWritesThem(long n, String expected) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -3, 100_000_000L})
    void rejectsNumbersOutsideItsRange(long n) {
        assertThatThrownBy(() -> ChineseNumerals.of(n)).isInstanceOf(IllegalArgumentException.class);
    }
}
