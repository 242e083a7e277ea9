package io.regionpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.dictionary.CustomDictionary;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.text.Token;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmenterTest {
    private static final Gazetteer G = Gazetteer.fromClasspath();

    private static List<String> words(Segmenter s, String text) {
        return s.segment(text).stream().map(Token::word).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      成渝地区双城经济圈建设全面起势 | 成渝地区双城经济圈
      实施科技援疆行动             | 援疆
      粤港澳大湾区国际科技创新中心 | 粤港澳大湾区
      西部（重庆）科学城新项目开工 | 西部（重庆）科学城
      """)
    void keepsGazetteerNamesInOnePiece(String text, String name) {
        assertThat(words(new Segmenter(G), text)).contains(name);
    }

    @Test
    void leavesTheGlobalCustomDictionaryUntouched() {
        new Segmenter(G).segment("成渝地区双城经济圈");
        assertThat(CustomDictionary.contains("成渝地区双城经济圈")).isFalse();
        assertThat(words(new Segmenter(), "成渝地区双城经济圈")).doesNotContain("成渝地区双城经济圈");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "记者从重庆市科技局获悉，川渝两地深化合作。";
        for (Token t : new Segmenter(G).segment(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
        }
    }

    @Test
    void keepsPersonNamesWhole() {
        assertThat(words(new Segmenter(G), "孙中山先生的故居")).contains("孙中山");
    }
}
