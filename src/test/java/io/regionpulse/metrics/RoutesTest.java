package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Routes and combined names ({@link Routes}), on sentences written for the test. */
class RoutesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "贵阳开往玉屏的列车全程330多公里。| 贵阳=520100 | true",
                "西宁至格尔木铁路全长800多公里。| 西宁=630100 | true",
                "银川—天津港班列开行100列。| 银川=640100 | true",
                "北京往返上海的航班增至80班。| 北京=110000 | true",
                // the other end abroad: the Chinese city's line
                "西安至中亚地区航班增至20条。| 西安=610100 | false",
                "西安至阿什哈巴德的国际航线开通。| 西安=610100 | false",
                // the line named as one abroad before its route: the other end is a foreign city
                "首条跨境电商货运专线“郑州—布达佩斯”运送货物500吨。| 郑州=410100 | false",
                "国际班列成都—罗兹开行300列。| 成都=510100 | false",
                "货运专线“郑州—西安”运送货物500吨。| 郑州=410100 | true",
                // 至 as part of a word, a dash before a number
                "广州至今已建成公园1000个。| 广州=440100 | false",
                "深圳至少新增企业2万家。| 深圳=440300 | false",
                "北京至此累计建成5G基站10万个。| 北京=110000 | false",
                "上海—2023年接待游客3亿人次。| 上海=310000 | false",
                "成都大运会接待观众100万人次。| 成都=510100 | false"
            })
    void aPlaceThatStartsARoute(String text, String places, boolean route) {
        RegionMention m = Mentions.written(text, places).get(0);
        assertThat(Routes.routeToAnyEnd(text, m)).isEqualTo(route);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "增开北京南至沈阳北、上海虹桥至西安北等方向高铁102列。| 西安=610100 | true",
                "开通虹桥站至宁波的直达列车20趟。| 宁波=330200 | true",
                "银川—天津港班列开行100列。| 天津=120000 | true",
                // 截至, 乃至, 甚至 end a word; a place at the start of the text ends nothing
                "截至杭州亚运会开幕，共建成场馆56个。| 杭州=330100 | false",
                "影响辐射乃至上海，带动投资50亿元。| 上海=310000 | false",
                "甚至北京也新增企业2万家。| 北京=110000 | false",
                "广州至今已建成公园1000个。| 广州=440100 | false"
            })
    void aPlaceThatEndsARoute(String text, String places, boolean route) {
        RegionMention m = Mentions.written(text, places).get(0);
        assertThat(Routes.routeEnd(text, m)).isEqualTo(route);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "第二次青藏科考共有170多名科考队员。| +青藏=630000,+青藏=540000 | true",
                "京沪高铁发送旅客100万人次。| +京沪=110000,+京沪=310000 | true",
                "青海科考共有170多名科考队员。| 青海=630000 | false"
            })
    void aCombinationStandsForItsMembers(String text, String places, boolean several) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(Routes.standsForSeveral(regions, regions.get(0))).isEqualTo(several);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "北京南站开启京沪高铁4个进站厅。| 北京=110000,+京沪=110000,+京沪=310000 | 110000",
                "京沪高铁开启4个进站厅。| +京沪=110000,+京沪=310000 | null"
            })
    void aMemberWrittenBeforeTheCombination(String text, String places, String code) {
        List<RegionMention> regions = Mentions.written(text, places);
        RegionMention line = regions.get(regions.size() - 1);
        assertThat(LinkRows.code(Routes.memberNamedBefore(regions, line, 0))).isEqualTo(code);
    }
}
