package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.testing.Mentions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Places written after the number ({@link PlacesAfterNumber}), on sentences written for the test. */
class PlacesAfterNumberTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "13名台湾省全国人大代表出席会议。| 台湾省=710000 | 13名 | 710000",
                "120家江苏企业参展。| 江苏=320000 | 120家 | 320000",
                "120家江苏南京企业参展。| 江苏=320000,南京=320100 | 120家 | 320100",
                "江苏120家企业参展。| 江苏=320000 | 120家 | null"
            })
    void thePlaceOfWhatIsCounted(String text, String places, String number, String code) {
        Cand c = LinkRows.cand(text, number, "count");
        assertThat(LinkRows.code(PlacesAfterNumber.countedPlace(text, Mentions.written(text, places), c)))
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "首台16兆瓦风电机组在福建海域安装完成。| 福建=350000 | 16兆瓦 | 350000 | null",
                "风电机组16台在福建、广东海域安装。| 福建=350000,广东=440000 | 16台 | null | null",
                "冬运会共设176个小项，将于明年在内蒙古举行。| 内蒙古=150000 | 176个 | null | 150000",
                "冬运会共设176个小项，将在内蒙古宣传推广。| 内蒙古=150000 | 176个 | null | null"
            })
    void theLocativeOfItsClauseAndThePlaceOfTheEvent(
            String text, String places, String number, String locative, String event) {
        var regions = Mentions.written(text, places);
        Cand c = LinkRows.cand(text, number, "count");
        assertThat(LinkRows.code(PlacesAfterNumber.locative(text, regions, c, LinkRows.whole(text))))
                .as("locative")
                .isEqualTo(locative);
        assertThat(LinkRows.code(PlacesAfterNumber.eventPlace(text, regions, c, LinkRows.whole(text))))
                .as("event place")
                .isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "重量近4000吨的浮式风电平台，元旦期间在青岛完成总装。| 青岛=370200 | 4000吨 | 370200",
                "总长300米的液化气船，近日在上海顺利交付。| 上海=310000 | 300米 | 310000",
                "年产能10万辆的新工厂，5月20日于西安建成投产。| 西安=610100 | 10万辆 | 610100",
                "总投资20亿元的项目，在合肥正式投产。| 合肥=340100 | 20亿元 | 340100",
                // a clause with its own subject or intent, another verb, a list of places
                "公司营收100亿元，计划在上海建成研发中心。| 上海=310000 | 100亿元 | null",
                "公司营收100亿元，总部在上海完成搬迁。| 上海=310000 | 100亿元 | null",
                "全长50公里的线路，在南京举行通车仪式。| 南京=320100 | 50公里 | null",
                "功率16兆瓦的风机，在福建、广东完成安装。| 福建=350000,广东=440000 | 16兆瓦 | null"
            })
    void wherePlaceWhatIsCountedIsFinished(String text, String places, String number, String code) {
        var regions = Mentions.written(text, places);
        Cand c = LinkRows.cand(text, number, number.endsWith("吨") ? "tonne" : "count");
        assertThat(LinkRows.code(PlacesAfterNumber.finishedAt(text, regions, c, LinkRows.whole(text))))
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "线路全长1901公里，途经西藏、四川、重庆、湖北4省份。| 西藏=540000,四川=510000,重庆=500000,湖北=420000 | 1901公里 | true",
                "高铁全长480公里，横跨贵州、广西两省区。| 贵州=520000,广西=450000 | 480公里 | true",
                // one region and its part, a place before the number, no path word, a path word far from the places
                "线路全长120公里，途经四川成都。| 四川=510000,成都=510100 | 120公里 | false",
                "四川至重庆线路全长300公里。| 四川=510000,重庆=500000 | 300公里 | false",
                "线路全长300公里，北京、天津将受益。| 北京=110000,天津=120000 | 300公里 | false",
                "线路全长300公里，经过多年建设，北京、天津将受益。| 北京=110000,天津=120000 | 300公里 | false",
                // the line's two ends after 北起/西起…至
                "全长600公里的公路北起内蒙古包头，南至陕西榆林。| 内蒙古=150000,包头=150200,陕西=610000,榆林=610800 | 600公里 | true",
                "全长80公里的河道西起湖北荆州，东至湖北武汉。| 湖北=420000,荆州=421000,湖北=420000,武汉=420100 | 80公里 | false"
            })
    void aLinePassingThroughSeveralRegions(String text, String places, String number, boolean several) {
        var regions = Mentions.written(text, places);
        Cand c = LinkRows.cand(text, number, "km");
        assertThat(PlacesAfterNumber.passesThrough(text, regions, c, LinkRows.whole(text)))
                .isEqualTo(several);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "全长90公里的运河北起湖南长沙，南至株洲入江。| 湖南=430000,长沙=430100,株洲=430200 | 90公里 | 430000",
                "隧道全长12公里，西起贵州遵义，东至贵州铜仁。| 贵州=520000,遵义=520300,贵州=520000,铜仁=520600 | 12公里 | 520000",
                "线路全长120公里，途经四川成都。| 四川=510000,成都=510100 | 120公里 | 510000",
                // ends of several regions, a narrower place first, a start word far from the place, no end word
                "全长600公里的公路北起内蒙古包头，南至陕西榆林。| 内蒙古=150000,包头=150200,陕西=610000,榆林=610800 | 600公里 | null",
                "全长40公里的公路北起长沙，南至株洲。| 长沙=430100,株洲=430200 | 40公里 | null",
                "全长40公里的公路北起于市区北部的湖南长沙。| 湖南=430000,长沙=430100 | 40公里 | null",
                "全长40公里的公路通车，湖南长沙的市民受益。| 湖南=430000,长沙=430100 | 40公里 | null"
            })
    void aLineWithinOneRegion(String text, String places, String number, String code) {
        var regions = Mentions.written(text, places);
        Cand c = LinkRows.cand(text, number, "km");
        assertThat(LinkRows.code(PlacesAfterNumber.lineWithin(text, regions, c, LinkRows.whole(text))))
                .isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "假期期间，有约80万人次入境澳门。| 澳门=820000 | 80万人次 | 820000",
                "春节期间，20万名游客抵达海南三亚。| 海南=460000,三亚=460200 | 20万名 | 460200",
                "全年共有300万人次的旅客到访西安。| 西安=610100 | 300万人次 | 610100",
                // no arrival verb, the verb too far, the place in a list or an organisation's name, another clause
                "假期期间，有约80万人次前往澳门。| 澳门=820000 | 80万人次 | null",
                "共有80万人次经珠港澳大桥口岸入境澳门。| 澳门=820000 | 80万人次 | null",
                "春节期间，20万名游客抵达海南、云南。| 海南=460000,云南=530000 | 20万名 | null",
                "共有500名学生来到澳门大学。| *澳门=820000 | 500名 | null",
                "接待游客80万人次，随后抵达澳门。| 澳门=820000 | 80万人次 | null"
            })
    void thePlaceTravellersArriveAt(String text, String places, String number, String code) {
        var regions = Mentions.written(text, places);
        Cand c = LinkRows.cand(text, number, "count");
        assertThat(LinkRows.code(PlacesAfterNumber.arrivalPlace(text, regions, c, LinkRows.whole(text))))
                .isEqualTo(code);
    }
}
