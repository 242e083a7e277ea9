package io.regionpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionPassagesTest {
    /** A roundup written for this test: intro line, then heading + body per item. */
    private static final String ROUNDUP = String.join(
            "\n",
            "本台消息：",
            "甲省油菜花进入盛花期",
            "近日，甲省油菜花进入盛花期，吸引游客观赏。当地推出乡村旅游线路。",
            "乙市港口吞吐量创新高",
            "今年以来，乙市港口集装箱吞吐量同比增长。",
            "一段没有标题的长段落，讲述丙县的粮食生产情况，夏粮播种面积稳定，预计小麦产量增加。");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // mention in a body: the body with its heading
                "甲省油菜花进入盛花期，吸引 | 甲省油菜花进入盛花期\\n近日，甲省油菜花进入盛花期，吸引游客观赏。当地推出乡村旅游线路。",
                // mention in a heading: the heading with its body
                "乙市港口吞吐量创新高      | 乙市港口吞吐量创新高\\n今年以来，乙市港口集装箱吞吐量同比增长。",
                // a paragraph after a body (no heading before it): the paragraph alone
                "丙县                      | 一段没有标题的长段落，讲述丙县的粮食生产情况，夏粮播种面积稳定，预计小麦产量增加。",
                // the intro line ends with a colon: not a heading, so it keeps to itself
                "本台                      | 本台消息："
            })
    void givesEachMentionItsOwnItem(String mentionContext, String expected) {
        int start = ROUNDUP.indexOf(mentionContext.strip());
        String passage = RegionPassages.text(ROUNDUP, start, start + 2);

        assertThat(passage).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "一段话。没有换行，丁市在中间。 | 9 | 一段话。没有换行，丁市在中间。",
                "丁市                          | 0 | 丁市",
            })
    void aSingleParagraphIsTheWholeText(String text, int start, String expected) {
        assertThat(RegionPassages.text(text, start, start + 2)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"-5 | 1", "100 | 120"})
    void offsetsOutsideTheTextAreClamped(int start, int end) {
        assertThat(RegionPassages.passage("短文\n第二行", start, end)).hasSize(2);
    }
}
