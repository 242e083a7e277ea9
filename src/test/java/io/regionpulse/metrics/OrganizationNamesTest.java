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
                "中国铁路兰州局集团有限公司银川车间完成检修300次。| *兰州=620100,银川=640100 | true,true"
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
