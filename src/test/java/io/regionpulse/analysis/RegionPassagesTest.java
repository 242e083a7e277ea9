package io.regionpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /**
     * keywordsByRegion on the roundup: mentions as "region@context" (the mention is the context's
     * first two characters), keywords comma-separated, expected pairs "region:keyword" in order.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // each region gets the words of its own item only
                "A@甲省油菜花进入盛花期，吸引;B@乙市港口吞吐量创新高 | 油菜花,吞吐量,游客 | A:油菜花,A:游客,B:吞吐量",
                // two mentions of one region in two items: the words of both, each once
                "A@甲省油菜花进入盛花期，吸引;A@乙市港口吞吐量创新高 | 吞吐量,油菜花 | A:吞吐量,A:油菜花",
                // two regions in one passage share its words; a word named twice counts once
                "A@甲省油菜花进入盛花期，吸引;C@当地推出 | 游客,游客,小麦 | A:游客,C:游客",
                // a keyword in no passage of the region, and a region without keywords
                "D@丙县 | 油菜花 | ''",
                // a mention without offsets is skipped
                "A@ | 油菜花 | ''",
            })
    void keywordsComeFromTheRegionsOwnPassages(String mentions, String keywords, String expected) {
        List<String> regions = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (String m : mentions.split(";")) {
            String[] rc = m.split("@", -1);
            regions.add(rc[0]);
            int start = rc[1].isEmpty() ? -1 : ROUNDUP.indexOf(rc[1]);
            starts.add(start < 0 ? null : start);
            ends.add(start < 0 ? null : start + 2);
        }
        List<String> got =
                RegionPassages.keywordsByRegion(ROUNDUP, regions, starts, ends, Arrays.asList(keywords.split(",")))
                        .stream()
                        .map(p -> p[0] + ":" + p[1])
                        .toList();

        assertThat(got).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected.split(",")));
    }
}
