package io.regionpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.analysis.Keywords;
import io.regionpulse.analysis.WordBoundaries;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMatcher;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentences;
import io.regionpulse.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {
    private static final Gazetteer G = Gazetteer.fromClasspath();
    private static final Segmenter SEGMENTER = new Segmenter(G);
    private static final RegionMatcher MATCHER = new RegionMatcher(G);

    private static final Segmenter PLAIN = Segmenter.coreOnly();

    private static List<String> keywords(String text, int limit) {
        List<Token> tokens = SEGMENTER.segment(text);
        List<RegionMention> mentions = MATCHER.find(text, tokens, Sentences.split(text));
        return new Keywords(Lexicon.stopWords(), limit)
                .top(tokens, mentions, WordBoundaries.lazy(text, PLAIN::segment));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"预计今年年产值可达一百亿元，新建厂房可达十万平方米，年产值稳步提高。 | 可达", "受冷空气影响，江西中北部、湖南中北部、安徽中北部等地出现降雪。       | 中北"})
    void fragmentsOfLongerWordsAreNoKeywords(String text, String fragment) {
        assertThat(keywords(text, 20)).isNotEmpty().doesNotContain(fragment);
    }

    @Test
    void compoundsOfTheCustomDictionaryStayKeywords() {
        String text = "特高压输电工程建成投运，特高压线路将新能源电力送往东部，新能源装机持续增长。";

        assertThat(keywords(text, 10)).contains("特高压", "新能源");
    }

    @Test
    void ranksRepeatedTopicTermsFirst() {
        String text = "成都市发布量子通信网络建设方案。量子通信网络将覆盖全市，量子通信企业数量增加。记者从成都市科技局获悉，网络建设进展顺利。";
        assertThat(keywords(text, 3)).first().isIn("量子通信", "量子");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      重庆市与四川省共建成渝地区双城经济圈，川渝两地科技合作不断深化。 | 重庆市,四川省,成渝地区双城经济圈,川渝,重庆,四川
      记者近日从北京市科委获悉，北京将加快建设国际科技创新中心。     | 记者,北京,北京市,近日,获悉
      援疆干部在新疆开展医疗帮扶，新疆医疗水平明显提升。             | 新疆,援疆
      """)
    void dropsRegionNamesAndStopWords(String text, String forbidden) {
        List<String> kw = keywords(text, 20);
        assertThat(kw).isNotEmpty().doesNotContainAnyElementsOf(List.of(forbidden.split(",")));
    }

    @Test
    void keepsOnlyContentWordsOfTwoOrMoreCharacters() {
        List<String> kw = keywords("我们认为，他们的工作很好，并且新能源汽车的销量和出口都在增长。", 20);
        assertThat(kw)
                .contains("新能源", "汽车", "销量")
                .allMatch(w -> w.length() >= 2)
                .doesNotContain("我们", "他们", "工作", "并且");
    }

    @Test
    void respectsTheLimit() {
        String text = "集成电路、人工智能、生物医药、新能源汽车、高端装备、新材料、数字经济、现代物流、绿色低碳、航空航天产业加快发展。";
        assertThat(keywords(text, 5)).hasSize(5);
    }

    @Test
    void returnsNothingForTextWithoutContentWords() {
        assertThat(keywords("我们认为，这些都是已经可以的。", 10)).isEmpty();
    }
}
