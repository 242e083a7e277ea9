package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayUnitsTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "6.74E9      | CNY              | NULL | 67.4亿元",
                "22000       | CNY              | NULL | 2.2万元",
                "3E12        | CNY              | NULL | 3万亿元",
                "126.5       | CNY              | NULL | 126.5元",
                "1.2E9       | USD              | NULL | 12亿美元",
                "35000       | count            | 人次 | 3.5万人次",
                "4.2E8       | count            | 人次 | 4.2亿人次",
                "128         | count            | 家   | 128家",
                "30000       | count            | NULL | 3万",
                "6.5         | percent          | NULL | 6.5%",
                "120         | percent          | NULL | 120%",
                "0.8         | percentage_point | NULL | 0.8个百分点",
                "25          | basis_point      | NULL | 25个基点",
                "1.5         | times            | NULL | 1.5倍",
                "3200        | index_point      | NULL | 3200点",
                "505         | m2               | NULL | 505平方米",
                "12000.5     | tonne            | NULL | 1.2万吨",
                "6.8E9       | kWh              | NULL | 68亿千瓦时",
                "-3.25       | percent          | NULL | -3.25%",
                "126         | NULL             | NULL | 126",
                "7           | widget           | NULL | 7 widget"
            })
    void writesValuesAsChineseReadersExpect(double value, String unit, String measureWord, String expected) {
        assertThat(DisplayUnits.format(value, unit, measureWord)).isEqualTo(expected);
    }

    @Test
    void nothingToShowWithoutAValue() {
        assertThat(DisplayUnits.format(null, "CNY", null)).isEmpty();
        assertThat(DisplayUnits.format(Double.NaN, "CNY", null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "8.1E11  | CNY     | NULL | 1E8  | 亿元",
                "9000    | CNY     | NULL | 1    | 元",
                "2.5E5   | count   | 人次 | 1E4  | 万人次",
                "2.5E5   | percent | NULL | 1    | %",
            })
    void oneScalePerAxis(double max, String unit, String measureWord, double divisor, String suffix) {
        DisplayUnits.Scale s = DisplayUnits.scaleFor(max, unit, measureWord);

        assertThat(s.divisor()).isEqualTo(divisor);
        assertThat(s.suffix()).isEqualTo(suffix);
    }

    @Test
    void aSeriesKeepsOneMagnitude() {
        DisplayUnits.Scale s = DisplayUnits.scaleFor(8.1e11, "CNY", null);

        assertThat(s.format(5e7)).isEqualTo("0.5亿元");
        assertThat(s.format(8.1e11)).isEqualTo("8100亿元");
    }
}
