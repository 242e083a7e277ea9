package io.regionpulse.regions;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.testing.Mentions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The region_mentions fields other than the code: offsets, sentence, level, province, match type. */
class RegionMentionFieldsTest {

    @Test
    void givesOffsetsIntoTheTextAndTheSentenceIndex() {
        String text = "川渝两地合作。\n记者从重庆市科技局获悉，成都将参加。";
        List<RegionMention> ms = MatcherFixture.find(text);
        assertThat(ms)
                .containsExactly(
                        Mentions.mention(0, 0, 2, "川渝", "500000", "重庆市", "province", "500000", "combined", false),
                        Mentions.mention(0, 0, 2, "川渝", "510000", "四川省", "province", "510000", "combined", false),
                        Mentions.mention(1, 11, 14, "重庆市", "500000", "重庆市", "province", "500000", "full_name", true),
                        Mentions.mention(1, 20, 22, "成都", "510100", "成都市", "city", "510000", "short_name", false));
        for (RegionMention m : ms) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      成都市的企业       | 成都市   | full_name    | city         | 510000
      成都的企业         | 成都     | short_name   | city         | 510000
      蓉城的企业         | 蓉城     | alias        | city         | 510000
      襄樊的企业         | 襄樊     | alias        | city         | 420000
      科技援疆成效显著   | 疆       | abbreviation | province     | 650000
      赴沪办公           | 沪       | abbreviation | province     | 310000
      川渝两地           | 川渝     | combined     | province     | 500000
      长三角一体化       | 长三角   | full_name    | cluster      | ''
      雄安新区建设       | 雄安新区 | full_name    | zone         | 130000
      浦东新区发展       | 浦东新区 | full_name    | district     | 310000
      西部地区发展       | 西部地区 | alias        | macro_region | ''
      """)
    void reportsMatchTypeLevelAndProvince(
            String text, String surface, String matchType, String level, String province) {
        RegionMention m = MatcherFixture.find(text).get(0);
        assertThat(m.surface()).isEqualTo(surface);
        assertThat(m.matchType().code()).isEqualTo(matchType);
        assertThat(m.regionLevel().code()).isEqualTo(level);
        assertThat(m.provinceCode()).isEqualTo(province.isEmpty() ? null : province);
    }

    @Test
    void findsNothingInEmptyText() {
        assertThat(MatcherFixture.find("")).isEmpty();
    }
}
