package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import io.regionpulse.text.Sentence;
import io.regionpulse.text.Sentences;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a figure without a subject of its own inherits ({@link InheritedRegions}), on sentences written for the
 * test; the story's region has its rows in {@code StoryAnaphoraTest}.
 */
class InheritedRegionsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "山东加快春耕，投入农机3万台。| 山东=370000 | 3万台 | true",
                "山东发布数据，济南投入农机3万台。| 山东=370000,济南=370100 | 3万台 | true",
                "上海投资增长5%，北京消费增长6%。| 上海=310000,北京=110000 | 6% | false",
                "上海和北京消费增长6%。| 上海=310000,北京=110000 | 6% | true"
            })
    void theSentencesRegionWhenNoOtherSubjectIntervenes(String text, String places, String number, boolean only) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(InheritedRegions.onlyRegion(text, regions, 0, regions.get(0), text.indexOf(number), 0))
                .isEqualTo(only);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "在福建福州，春耕全面展开。全市投入农机3万台。| 福建=350000,福州=350100 | 350100",
                "四川大学启动招生。全市投入农机3万台。| *四川=510000 | null",
                "在福建福州，春耕全面展开。\\n全市投入农机3万台。| 福建=350000,福州=350100 | null",
                "福建春耕全面展开。天气晴好。气温回升。全省投入农机3万台。| 福建=350000 | 350000",
                "福建春耕全面展开。天气晴好。气温回升。降雨偏少。全省投入农机3万台。| 福建=350000 | null",
                // an earlier sentence naming several places carries none of them; two clauses of their own are no list
                "河北、山西、陕西等地已执行新标准。目前已有20个城市完成改造。| 河北=130000,山西=140000,陕西=610000 | null",
                "近日，云南和贵州启动春耕。全省投入农机3万台。| 云南=530000,贵州=520000 | null",
                "河北已执行新标准，山西正在准备。目前已有20个城市完成改造。| 河北=130000,山西=140000 | 130000"
            })
    void theSubjectOfAnEarlierSentenceOfTheParagraph(String text, String places, String code) {
        text = text.replace("\\n", "\n"); // a paragraph break
        List<Sentence> sentences = Sentences.split(text);
        List<RegionMention> regions = Mentions.written(text, places);
        List<List<RegionMention>> bySentence = new ArrayList<>();
        for (Sentence s : sentences) {
            bySentence.add(regions.stream()
                    .filter(m -> m.start() >= s.start() && m.start() < s.end())
                    .toList());
        }
        int last = sentences.size() - 1;
        assertThat(LinkRows.code(InheritedRegions.carriedSubject(text, sentences, bySentence, last)))
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "169万台农机投入山东的春耕生产。| 山东=370000 | 370700 | 370000",
                "169万台农机投入春耕生产。| null | 370700 | null",
                "169万台农机投入江苏的春耕生产。| 江苏=320000 | 370700 | null"
            })
    void aRegionOfTheSentenceThatContainsTheCarriedOne(String text, String places, String carried, String code) {
        RegionMention earlier = Mentions.mention(0, 0, 2, "潍坊", carried, "潍坊", "city", "370000", "short_name", false);
        assertThat(LinkRows.code(InheritedRegions.widerInSentence(
                        Mentions.written(text, places), earlier, LinkRows.whole(text))))
                .isEqualTo(code);
    }
}
