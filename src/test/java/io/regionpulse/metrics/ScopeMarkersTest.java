package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.testing.Mentions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** National and foreign markers before a number ({@link ScopeMarkers}), on sentences written for the test. */
class ScopeMarkersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "全国进出口总值增长4.7%。| null | 4.7% | true | false",
                "我国发明专利有效量达到421.2万件。| null | 421.2万 | true | false",
                "工业和信息化部公布，新能源汽车产量增长35%。| null | 35% | true | false",
                // an honour a local unit holds, other countries, a benchmark, a rank, a doctrine, a title
                "江苏新增国家级专精特新企业300家。| 江苏=320000 | 300家 | false | false",
                "沿线国家贸易额增长10%。| null | 10% | false | false",
                "江苏经济总量占全国的10.2%。| 江苏=320000 | 10.2% | false | false",
                "这是全国首个数据交易所，交易额达20亿元。| null | 20亿元 | false | false",
                "推进中国式现代化，浙江投资增长8%。| 浙江=330000 | 8% | false | false",
                "《中国统计年鉴》显示，江苏常住人口8500万。| 江苏=320000 | 8500万 | false | false",
                // a national word right after a place names something of that place
                "上海国家会展中心接待观众30万人次。| 上海=310000 | 30万 | false | false",
                // foreign: world scale or a country abroad, not a partner, a rank or an origin
                "全球智能手机出货量下降12%。| null | 12% | false | true",
                "美国第三季度GDP增长4.9%。| null | 4.9% | false | true",
                "我国对欧盟出口增长5%。| null | 5% | true | false",
                "世界第四大港青岛港吞吐量6.8亿吨。| 青岛=370200 | 6.8亿吨 | false | false",
                "贵州拥有桥梁3万多座，世界前100座高桥有近一半在贵州，高速公路里程8300多公里。| 贵州=520000,贵州=520000 | 8300多公里 | false | false",
                "全国前10名的城市中，广州新增企业20万户。| 广州=440100 | 20万户 | false | false",
                "前5个月，全球智能手机出货量下降12%。| null | 12% | false | true",
                "来自60多个国家的800名选手参赛。| null | 800名 | false | false",
                // the country's armed forces on their own or after 中国/我/人民; another country's are not ours
                "海军长沙舰载着300名同胞离港。| null | 300名 | true | false",
                "人民解放军派出医疗队120人。| null | 120人 | true | false",
                "中国海军派出舰艇3艘。| null | 3艘 | true | false",
                "公安、消防、武警等1000余人正在抢险。| null | 1000余人 | false | false",
                "陆军战术导弹射程可达300公里。| null | 300公里 | false | false",
                "巴基斯坦海军派出舰艇5艘。| null | 5艘 | false | false",
                "美国海军派出舰艇5艘。| null | 5艘 | false | true",
                // a place's delegates to a national body (with 的 or 第N届 between) are the place's
                "福建省第十四届全国人民代表大会代表共60名。| 福建=350000 | 60名 | false | false",
                "江苏省的全国人大代表有140名。| 江苏=320000 | 140名 | false | false",
                "第十四届全国人大代表共2977名。| null | 2977名 | true | false",
                // a standard of quality is not the world as the scope; national-level things counted are not countries
                "浙江建设世界一流大学，新增学科12个。| 浙江=330000 | 12个 | false | false",
                "江苏打造世界级产业集群，产值增长8%。| 江苏=320000 | 8% | false | false",
                "云南建成7个国家级科研平台，拥有专利300项。| 云南=530000 | 300项 | false | false",
                "全球风电装机增长10%。| null | 10% | false | true",
                // a national word right after a place names something of the place, also inside an organisation's name
                "四川崇州国家现代农业产业园投入收割机10台。| *四川=510000,*崇州=510184 | 10台 | false | false",
                // a national-level designation's name (国家…示范区, 国家…产业园) is a title, not the country
                "湖北加快建设国家数字经济创新发展试验区，力争核心产业占比超过10%。| 湖北=420000 | 10% | false | false",
                "依托国家现代农业产业园，当地新增合作社120家。| null | 120家 | false | false",
                "高水平建设国家自主创新示范区，研发投入增长12%。| null | 12% | false | false",
                // the country's own bodies and centres stay national; a list item or a quotation ends the name
                "国家信息中心数据显示，线下消费指数提升25个点。| null | 25个点 | true | false",
                "国家统计局发布，规上工业增加值增长4.4%。| null | 4.4% | true | false",
                "国家发展改革委、农业农村部联合印发方案，支持建设产业园100个。| null | 100个 | true | false",
                // at home and abroad is where exhibitors come from; 中国 opening a fair's or forum's name is a name
                "国内外1500余家企业参展。| null | 1500余家 | false | false",
                "国内旅游出游2.7亿人次。| null | 2.7亿 | true | false",
                "2023中国国际数字产品博览会闭幕，签约金额超300亿元。| null | 300亿元 | false | false",
                "第三届中国（长沙）工程机械展览会开幕，参展企业超800家。| null | 800家 | false | false",
                "中国绿色发展论坛今天举行，发布成果50项。| null | 50项 | false | false",
                "中国新能源汽车销量增长30%，展会期间签约20亿元。| null | 30% | true | false"
            })
    void findsMarkersBeforeTheNumber(String text, String places, String number, boolean national, boolean foreign) {
        var regions = Mentions.written(text, places);
        int at = text.indexOf(number);
        assertThat(ScopeMarkers.lastMarker(text, 0, at, ScopeMarkers.NATIONAL, true, regions) >= 0)
                .as("national")
                .isEqualTo(national);
        assertThat(ScopeMarkers.lastMarker(text, 0, at, ScopeMarkers.FOREIGN, false) >= 0)
                .as("foreign")
                .isEqualTo(foreign);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "我国已与152个国家签署合作文件。| 152 | true",
                "共有93个国家和地区参展。| 93 | true",
                "认定100家国家级企业。| 100 | false",
                "新增企业100家。| 100 | false"
            })
    void aCountOfCountriesIsForeign(String text, String number, boolean counts) {
        assertThat(ScopeMarkers.countsCountries(LinkRows.cand(text, number, "count"), text))
                .isEqualTo(counts);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "目前已有18个省份开展试点。| 18个 | true",
                "补助资金覆盖27省（区、市）。| 27 | true",
                "全国31个省区市均已出台方案。| 31个 | true",
                "河北、山东等6个省份率先落地。| 6个 | true",
                // a province's cities, counties and districts; a foreign country's provinces
                "江苏13个设区市全部达标。| 13个 | false",
                "浙江已有26个县完成改造。| 26个 | false",
                "韩国已有9个省份推行该政策。| 9个 | false",
                "新增省级示范区12个。| 12个 | false"
            })
    void aCountOfProvincesIsNational(String text, String number, boolean national) {
        assertThat(ScopeMarkers.countsProvinces(LinkRows.cand(text, number, "count"), text))
                .isEqualTo(national);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "近3.5亿中国人参与冰雪运动。| 3.5亿 | true",
                "2000万中国游客出境旅游。| 2000万 | true",
                "3.5亿人参与冰雪运动。| 3.5亿 | false",
                "凝聚着14亿多全国各族人民的信心。| 14亿多 | true",
                "5000多万海内外中华儿女关注盛典。| 5000多万 | true",
                "体现了8500多万江苏儿女的拥戴。| 8500多万 | false"
            })
    void theCountrysPeopleCountedAfterTheNumber(String text, String number, boolean national) {
        assertThat(ScopeMarkers.nationalPeopleAfter(text, text.indexOf(number) + number.length()))
                .isEqualTo(national);
    }
}
