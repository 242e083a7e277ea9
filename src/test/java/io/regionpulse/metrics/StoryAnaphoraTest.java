package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.MatchType;
import io.regionpulse.codes.RegionLevel;
import io.regionpulse.regions.RegionMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link StoryAnaphora}: 全省/全市/全县 … after a named place count as its mentions, so a story that names its
 * province once and then says 全省 has that province as its region. Sentences written for the test; places given
 * as {@code surface=code=level}.
 */
class StoryAnaphoraTest {
    private static List<RegionMention> mentions(String text, String places) {
        List<RegionMention> rs = new ArrayList<>();
        if (places == null) {
            return rs;
        }
        for (String p : places.split(",")) {
            String[] f = p.strip().split("=");
            int i = text.indexOf(f[0]);
            rs.add(new RegionMention(
                    0,
                    i,
                    i + f[0].length(),
                    f[0],
                    f[1],
                    f[0],
                    RegionLevel.of(f[2]),
                    f[1].substring(0, 2) + "0000",
                    MatchType.SHORT_NAME,
                    false));
        }
        return rs;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                // text | places | codes of the added mentions, in order
                "记者从河南省纪委了解到，全省节约开支1亿元，全省取消会议300个。| 河南=410000=province | 410000 410000",
                "南京市公安局介绍，全市清理网点1000家。| 南京=320100=city | 320100",
                "故城县建立政务公开制度，全县13个乡镇全部落实。| 故城县=131126=county | 131126",
                "全省节约开支1亿元。| null | ''",
                "南京市公安局介绍，全省清理网点1000家。| 南京=320100=city | ''",
                "河南召开会议，全省份都派了代表。| 河南=410000=province | ''",
                "河南召开会议，全省区市都派了代表。| 河南=410000=province | ''",
                "深圳证券交易所介绍，资本市场注册制首批10家企业上市。| 深圳=440300=city | ''",
                "深圳出台措施，推动完全市场化定价。| 深圳=440300=city | ''",
                "河南召开会议，提出应该省下的开支1亿元。| 河南=410000=province | ''",
                "南京召开会议，全市场交易额达1亿元。| 南京=320100=city | ''",
                "南京召开会议，在全市推广经验。| 南京=320100=city | 320100",
                "江苏、浙江开展检查，该省发现问题30个。| 江苏=320000=province,浙江=330000=province | 330000"
            })
    void backReferencesCountAsTheLastPlaceOfTheirLevel(String text, String places, String expected) {
        List<RegionMention> given = mentions(text, places);
        List<RegionMention> all = StoryAnaphora.withBackReferences(text, given);
        List<String> added = all.stream()
                .filter(m -> !given.contains(m))
                .map(RegionMention::regionCode)
                .toList();
        assertThat(String.join(" ", added)).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "记者从河南省纪委了解到，全省节约开支1亿元；全省取消会议300个；取消庆典200次，节约500万元。| 河南=410000=province | 410000",
                "记者从河南省纪委了解到，节约开支1亿元；取消会议300个；取消庆典200次，节约500万元。| 河南=410000=province | null"
            })
    void aProvinceNamedOnceAndThenCalledQuanshengIsTheStorysRegion(String text, String places, String expected) {
        List<RegionMention> counted = StoryAnaphora.withBackReferences(text, mentions(text, places));
        RegionMention story = InheritedRegions.mainRegion(counted);
        RegionMention only = story != null ? story : InheritedRegions.onlyPlace(counted);
        assertThat(only == null ? null : only.regionCode()).isEqualTo(expected);
    }
}
