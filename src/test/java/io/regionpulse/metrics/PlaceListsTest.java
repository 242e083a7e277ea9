package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places as items of a list ({@link PlaceLists}), on sentences written for the test. */
class PlaceListsTest {
    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "西安、咸阳、渭南4个城市加快融合。| 西安=610100,咸阳=610400,渭南=610500 | 咸阳 | true",
                "北京至秦皇岛高速全长264公里。| 北京=110000,秦皇岛=130300 | 北京 | true",
                "内地与香港贸易额增长8%。| 香港=810000 | 香港 | true",
                "江南、华南到云南的大片区域降雨50毫米。| 云南=530000 | 云南 | true",
                "云南、华南等地降雨50毫米。| 云南=530000 | 云南 | true",
                "内蒙古东北部、黑龙江西北部等地有中雪。| 内蒙古=150000,黑龙江=230000 | 黑龙江 | true",
                // a place and its own part are no list
                "江苏南京GDP增长5%。| 江苏=320000,南京=320100 | 南京 | false",
                "成都举办大运会，接待游客100万人次。| 成都=510100 | 成都 | false"
            })
    void findsItemsOfAList(String text, String places, String place, boolean inList) {
        List<RegionMention> regions = Mentions.written(text, places);
        assertThat(PlaceLists.inList(text, regions, LinkRows.named(regions, place)))
                .isEqualTo(inList);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "我国新增广东深圳福田红树林湿地等18处。| 广东=440000,深圳=440300 | 18处 | true",
                "杭州、宁波等3个城市入选。| 杭州=330100,宁波=330200 | 3个 | true",
                // the items are other things than the place
                "江苏推出赏花、美食、露营等500多项活动。| 江苏=320000 | 500 | false",
                "杭州新增3个公园。| 杭州=330100 | 3个 | false"
            })
    void placesBefore等AreExamples(String text, String places, String number, boolean examples) {
        Cand c = LinkRows.cand(text, number, "count");
        assertThat(PlaceLists.examplesBefore(text, c, Mentions.written(text, places), c.clauseStart))
                .isEqualTo(examples);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "四川在成都、自贡建设3个集群。| 四川=510000,成都=510100,自贡=510300 | 3个 | 510000 | 510000",
                "贵州德江至余庆高速全长120公里。| 贵州=520000,德江=520626,余庆=520329 | 120 | 520000 | 520000",
                "杭州、宁波等3个城市入选。| 杭州=330100,宁波=330200 | 3个 | null | null",
                "江苏、浙江两省新增企业5万家。| 江苏=320000,浙江=330000 | 5万 | null | null",
                // the subject named again in an example encloses examples only; one place named once is not enough
                "辽宁将以沈阳航空产业基地、辽宁北斗产业园等15项重大工程为抓手。| 辽宁=210000,沈阳=210100,辽宁=210000 | 15项 | 210000 | 210000",
                "辽宁将以航空产业基地、辽宁北斗产业园等15项重大工程为抓手。| 辽宁=210000,辽宁=210000 | 15项 | null | 210000",
                "香港回归以来，内地与香港贸易规模增长3.8倍。| 香港=810000,香港=810000 | 3.8倍 | null | 810000",
                "杭州等3个城市入选。| 杭州=330100 | 3个 | null | null",
                "辽宁、吉林和辽宁沈阳等地降温10℃。| 辽宁=210000,吉林=220000,辽宁=210000,沈阳=210100 | 10℃ | null | null"
            })
    void theRegionThatEnclosesTheList(String text, String places, String number, String code, String examples) {
        var regions = Mentions.written(text, places);
        assertThat(LinkRows.code(PlaceLists.enclosing(regions, 0, text.indexOf(number))))
                .as("list")
                .isEqualTo(code);
        assertThat(LinkRows.code(PlaceLists.enclosingExamples(regions, 0, text.indexOf(number))))
                .as("examples before 等")
                .isEqualTo(examples);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "包括海口江东新区在内的13个园区。| 海口=460100 | true",
                "海口江东新区等13个园区，包括在内的企业500家。| 海口=460100 | false",
                "海口包括13个园区。| 海口=460100 | false"
            })
    void aMemberBetween包括And在内(String text, String places, boolean member) {
        RegionMention m = Mentions.written(text, places).get(0);
        assertThat(PlaceLists.includedMember(text, m)).isEqualTo(member);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "南京夫子庙片区、长沙五一商圈、西安城墙景区等客流超100万人次。| 南京=320100,长沙=430100,西安=610100 | 100万 | true",
                "南京夫子庙片区、秦淮河风光带客流超100万人次。| 南京=320100 | 100万 | false",
                "南京新街口、南京夫子庙客流超100万人次。| 南京=320100,南京=320100 | 100万 | false"
            })
    void placesThatStartListItems(String text, String places, String number, boolean several) {
        assertThat(PlaceLists.placesStartListItems(text, Mentions.written(text, places), 0, text.indexOf(number)))
                .isEqualTo(several);
    }
}
