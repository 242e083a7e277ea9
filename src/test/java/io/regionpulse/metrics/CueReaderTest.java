package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueReaderTest {
    @ParameterizedTest(name = "[{0}] post={1} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "企业超过, null, false, more_than",
                "总额近, null, false, approx",
                "最近, null, false, exact",
                "投资逾, null, false, more_than",
                "达到超, null, false, more_than",
                "高超, null, false, exact",
                "不少于, null, false, at_least",
                "约为, null, false, approx",
                "增长了, null, false, exact",
                "共有, at_least, false, at_least",
                "共有, approx, false, approx",
                "共有, null, true, approx",
                "超过, approx, false, more_than"
            })
    void readsTheQualifier(String pre, String post, boolean approxNumber, String code) {
        assertThat(CueReader.qualifier(pre, post, approxNumber).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource({
        "进出口总值同比增长, increase",
        "同比分别增长20.3%、, increase",
        "价格下降了约, decrease",
        "收入, level",
        "新增, level",
        "增长到, level"
    })
    void readsTheChange(String pre, String code) {
        assertThat(CueReader.change(pre).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(
            nullValues = "null",
            value = {"同比增长, yoy", "环比下降, mom", "比2020年增长, yoy", "增长, null", "较上月, mom"})
    void readsTheComparison(String pre, String code) {
        assertThat(MetricMention.code(CueReader.comparison(pre))).isEqualTo(code);
    }
}
