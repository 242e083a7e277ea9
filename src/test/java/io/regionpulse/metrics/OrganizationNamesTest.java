package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.testing.Mentions;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places in organisations' names ({@link OrganizationNames}), on sentences written for the test. Places are written
 * {@code surface=code} ({@code *}: inside an organisation's name as the matcher found it).
 */
class OrganizationNamesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // an authority speaks for its place, a facility is in it
                "广东省统计局发布数据。| *广东省=440000 | false",
                "据厦门海关统计，进出口增长5%。| *厦门=350200 | false",
                "成都市气象台发布高温预警。| *成都市=510100 | false",
                "长沙机场旅客吞吐量创新高。| *长沙=430100 | false",
                // an institution only carries the place in its name
                "四川大学附属医院接诊患者300万人次。| *四川=510000 | true",
                "兰州局集团公司发送旅客100万人次。| *兰州=620100 | true",
                // the last part of an address before a name of its own, unless the institution word follows
                "阿拉善盟阿拉善左旗新井煤业有限公司产煤500万吨。| 阿拉善盟=152900,*阿拉善左旗=152921 | false,false",
                "四川成都银行发放贷款50亿元。| 四川=510000,*成都=510100 | false,true",
                // a place that follows a place of an institution's name in one run of letters is in the name too
                "中国铁路兰州局集团有限公司银川车间完成检修300次。| *兰州=620100,银川=640100 | true,true",
                // a place before 舰 names a warship or a fleet: no mention of the place at all (the port stays)
                "南宁舰停靠青岛港。| 南宁=450100,*青岛=370200 | false",
                "北海舰队派出舰艇5艘，北海港也迎来货轮。| 北海=450500,北海=450500 | false",
                // a place in a slogan or a theme of several phrases is in a name; a quoted name of the place's own is
                // not
                "大会以“汇聚侨力量，圆梦大湾区”为主题，700名侨胞参会。| 大湾区=CL-GBA | true",
                "论坛围绕“新时代、新西藏——西藏高质量发展”主题展开。| 西藏=540000,西藏=540000 | true,true",
                "“北京展映”在28家影院播放180多部影片。| 北京=110000 | false",
                "“厦门—圣保罗”专线搭载货物1859吨。| 厦门=350200 | false",
                "“雄安”建设提速，新开工项目80个。| 雄安=ZN-XA | false",
                // a macro region in a national strategy's or corridor's name; alone it stays a place
                "西部陆海新通道首趟班列抵达重庆。| 西部=MR-W,重庆=500000 | true,false",
                "推进西部大开发，西部地区投资增长5%。| 西部=MR-W,西部地区=MR-W | true,false"
            })
    void readsPlacesInNames(String text, String places, String inOrganization) {
        String flags = OrganizationNames.withAuthorities(text, Mentions.written(text, places)).stream()
                .map(m -> String.valueOf(m.inOrganization()))
                .collect(Collectors.joining(","));
        assertThat(flags).isEqualTo(inOrganization);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "在江西省兴国县平川中学，3000多名学生参与其中。| *江西省=360000,*兴国县=360732 | 3000 | 360732",
                "在山东大学第二医院监护病房，40多名医护人员值守。| *山东=370000 | 40 | 370000",
                "山东大学第二医院有40多名医护人员值守。| *山东=370000 | 40 | null"
            })
    void anOrganisationIntroducedBy在PlacesTheSentence(String text, String places, String number, String code) {
        RegionMention m = OrganizationNames.locatedOrganization(
                text, Mentions.written(text, places), LinkRows.whole(text), LinkRows.cand(text, number, "count"));
        assertThat(LinkRows.code(m)).isEqualTo(code);
    }
}
