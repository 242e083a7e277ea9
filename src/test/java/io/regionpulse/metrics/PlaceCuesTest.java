package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four sentence structures of {@link PlaceCues}, on sentences written for the test. Places are given as
 * {@code surface=code} ({@code *} before the surface: inside an organisation's name); the number is the first
 * occurrence of {@code number}.
 */
class PlaceCuesTest {
    /** A sentence of a row: its places, where the number starts and where its clause starts. */
    private record Row(String text, List<RegionMention> places, int at, int clauseStart) {
        static Row of(String text, String places, String number) {
            int at = text.indexOf(number);
            return new Row(text, Mentions.written(text, places), at, Clauses.clauseStart(text, at, 0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "华北等地降雪，其中，山西北部积雪8厘米。| 山西=140000 | 8厘米 | 140000",
                "华北等地降雪，其中山西大同积雪8厘米。| 山西=140000,大同=140200 | 8厘米 | 140200",
                "其中，成都宽窄巷子、绵阳科技城客流超过50万人次。| 成都=510100,绵阳=510700 | 50万 | null",
                "其中广东、江苏各新增4万家。| 广东=440000,江苏=320000 | 4万家 | null",
                "全国新增5万家，其中广东新增1万家。| 广东=440000 | 1万家 | 440000",
                "华北等地降雪，山西北部积雪8厘米。| 山西=140000 | 8厘米 | null",
                "其中，*北京大学新增8个专业。| *北京=110000 | 8个 | null",
                "其中，四川盆地至长江中下游一带最高气温32℃。| 四川=510000 | 32℃ | null",
                "其中，中西部地区进出口增长30%。| 中西部=MR-C,中西部=MR-W | 30% | null"
            })
    void placeAfterQizhongIsThePart(String text, String places, String number, String expected) {
        Row r = Row.of(text, places, number);
        assertThat(LinkRows.code(PlaceCues.subsetPlace(text, r.places(), 0, r.at(), -1)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "全球40%的光伏组件产自江苏。| 江苏=320000 | 40% | 320000",
                "全球30%的玩具、20%的鞋产于福建晋江。| 福建=350000,晋江=350582 | 30% | 350582",
                "全球40%的光伏组件销往江苏。| 江苏=320000 | 40% | null",
                "全球40%的组件产自江苏，其余来自浙江。| 江苏=320000,浙江=330000 | 40% | 320000",
                "全球40%的组件产自江苏、浙江。| 江苏=320000,浙江=330000 | 40% | null",
                "全球40%的组件。江苏产自本地。| 江苏=320000 | 40% | null"
            })
    void placeAfterMadeInIsTheFiguresPlace(String text, String places, String number, String expected) {
        Row r = Row.of(text, places, number);
        assertThat(LinkRows.code(PlaceCues.madeIn(text, r.places(), r.at() + number.length(), text.indexOf('。') + 1)))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "水库距离武汉约60公里。| 武汉=420100 | km | 60 | true",
                "水库距武汉60公里。| 武汉=420100 | km | 60 | true",
                "港区离厦门800米。| 厦门=350200 | m | 800 | true",
                "武汉新建道路60公里。| 武汉=420100 | km | 60 | false",
                "距离武汉60天。| 武汉=420100 | day | 60 | false",
                "离开武汉后，他走了60公里。| 武汉=420100 | km | 60 | false"
            })
    void lengthFromAPlaceIsADistance(String text, String places, String unit, String number, boolean expected) {
        Row r = Row.of(text, places, number);
        assertThat(PlaceCues.distanceFromPlace(text, r.places(), unit, r.clauseStart(), r.at()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "每人再交80元的车票费去武汉。| 武汉=420100 | CNY | 80元 | true",
                "从长沙到武汉的车票价是80元。| 长沙=430100,武汉=420100 | CNY | 80元 | true",
                "他花300元买了一张飞往武汉的机票。| 武汉=420100 | CNY | 300元 | true",
                "武汉地铁全年票款收入20亿元。| 武汉=420100 | CNY | 20亿元 | false",
                "武汉今年投资80亿元去建设地铁。| 武汉=420100 | CNY | 80亿元 | false",
                "每人再交80元的车票费去武汉。| 武汉=420100 | count | 80元 | false",
                "每人再交80元的车票费去*武汉大学。| *武汉=420100 | CNY | 80元 | false"
            })
    void fareToAPlaceIsNoPlacesFigure(String text, String places, String unit, String number, boolean expected) {
        Row r = Row.of(text, places, number);
        int end = Clauses.clauseEnd(text, r.at() + number.length(), text.length());
        assertThat(PlaceCues.fareToPlace(text, r.places(), unit, r.clauseStart(), end))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "对佛山企业的调查显示，美国加税后，订单下降的占41%。| 佛山=440600 | 美国 | 41% | true",
                "美国加税后，订单下降的占41%。| null | 美国 | 41% | false",
                "对佛山企业的调查显示，美国加税以来，订单下降的占41%。| 佛山=440600 | 美国 | 41% | false",
                "对佛山企业的调查显示，美国加税后订单下降的占41%。| 佛山=440600 | 美国 | 41% | false",
                "*佛山大学的调查显示，美国加税后，订单下降的占41%。| *佛山=440600 | 美国 | 41% | false"
            })
    void markerInATimeClauseAfterAPlaceIsNoSubject(
            String text, String places, String marker, String number, boolean expected) {
        Row r = Row.of(text, places, number);
        int markerEnd = text.indexOf(marker) + marker.length();
        assertThat(PlaceCues.markerInTimeClause(text, r.places(), markerEnd, 0, r.clauseStart()))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "学者在南昌调研后发现，当地公园里50%的使用者是老人。| 南昌=360100 | 50% | 360100",
                "学者在江西南昌调研后发现，当地公园里50%的使用者是老人。| 江西=360000,南昌=360100 | 50% | 360100",
                "学者调研后发现，当地公园里50%的使用者是老人。| null | 50% | null",
                "学者在南昌调研后发现，九江公园里50%的使用者是老人。| 南昌=360100,九江=360400 | 50% | null",
                "学者在南昌调研后发现，公园里50%的使用者是老人。| 南昌=360100 | 50% | null",
                "*南昌大学学者调研后发现，当地公园里50%的使用者是老人。| *南昌=360100 | 50% | null"
            })
    void dangdiIsTheLastPlaceNamed(String text, String places, String number, String expected) {
        Row r = Row.of(text, places, number);
        assertThat(LinkRows.code(PlaceCues.localPlace(text, r.places(), 0, r.clauseStart(), r.at())))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "除了北京之外，近50名游客在广州集合。| 北京 | true",
                "除北京外，其他城市也发放消费券1亿元。| 北京 | true",
                "除上海以外，长三角其他城市增长5%。| 上海 | true",
                "除了南京等地之外，苏州也新增企业300家。| 南京 | true",
                // 除 inside a verb, a 除了 with no closing 之外, and a place after the phrase
                "当地清除北京路以外的违章建筑200处。| 北京 | false",
                "除了游客，北京还接待了商务客人30万人次。| 北京 | false",
                "北京除了举办冬奥会之外，还建成场馆20座。| 北京 | false"
            })
    void aPlaceSetAsideByChuZhiwaiIsNoSubject(String text, String place, boolean setAside) {
        var regions = Mentions.written(text, place + "=110000");
        assertThat(PlaceCues.setAside(text, regions.get(0))).isEqualTo(setAside);
    }
}
