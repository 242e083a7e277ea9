package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.text.Sentences;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units and measure words after a number, read in whole sentences. */
class UnitReaderTest {
    private static List<MetricMention> extract(String text) {
        return new MetricExtractor().extract(text, Sentences.split(text), List.of(), LocalDate.of(2023, 6, 1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "上证指数收于3200.5点。| 3200.5 | index_point | null | exact",
                "恒生指数下跌120点。| 120 | index_point | null | exact",
                "央行下调贷款市场报价利率15个基点。| 15 | basis_point | null | exact",
                "该市营商环境综合得分85.6分。| 85.6 | score | null | exact",
                "中国队获得金牌二十枚。| 20 | count | 枚 | exact",
                "救出被困群众十二名。| 12 | count | 名 | exact",
                "销量增长1.5倍。| 1.5 | times | null | exact",
                "投资近3000亿元。| 3.0E11 | CNY | null | approx",
                "企业超500家。| 500 | count | 家 | more_than",
                "已建成项目逾100个。| 100 | count | 个 | more_than",
                "日均客流30万人次以上。| 300000 | count | 人次 | at_least",
                "增速在5%左右。| 5 | percent | null | approx",
                "气温在30℃上下。| 30 | celsius | null | approx",
                "双边贸易额超过200亿马克。| 2.0E10 | DEM | null | more_than",
                "合同金额为3000万法国法郎。| 3.0E7 | FRF | null | exact",
                "饭厅只能容纳100来人。| 100 | count | 人 | approx",
                "村里来了二十来个游客。| 20 | count | 个 | approx",
                "他收受贿赂港币4900元。| 4900 | HKD | null | exact",
                "公司付给他美金300元。| 300 | USD | null | exact",
                "项目建成后年上网电量超50亿度。| 5.0E9 | kWh | null | more_than",
                "全村光伏发电2.1万度。| 21000 | kWh | null | exact",
                "演唱会现场展演26首优秀歌曲。| 26 | count | 首 | exact",
                "他收受贿赂人民币1.5万元。| 15000 | CNY | null | exact",
                "清查出违规安装的住宅电话4859部。| 4859 | count | 部 | exact",
                "全县已有报警电话1752个。| 1752 | count | 个 | exact",
                "他带来了5包饼干。| 5 | count | 包 | exact",
                "客人按纵向4排入座。| 4 | count | 排 | exact",
                "油轮载重10万吨。| 100000 | tonne | null | exact",
                "建成5个万吨级泊位。| 5 | count | 个 | exact"
            })
    void readsUnitAndQualifier(String text, double value, String unit, String measureWord, String qualifier) {
        List<MetricMention> ms = extract(text);
        assertThat(ms).as(text).hasSize(1);
        MetricMention m = ms.get(0);
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.unit()).isEqualTo(unit);
        assertThat(m.measureWord()).isEqualTo(measureWord);
        assertThat(m.qualifier().code()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "会议于上午10点召开。",
        "比赛进行到第85分钟。",
        "列车晚点30分。",
        "颠簸了6个多小时之后到站。",
        "又等了3个半月。",
        "会场里有100来自各地的代表。",
        "他二十来岁参军。",
        "1848马克思与恩格斯发表宣言。",
        "咨询电话12345678。",
        "转体桥顺时针旋转71度。",
        "2023首届国际马术公开赛开赛。",
        "举报电话：0755-12345678转3号。",
        "一艘10万吨级油轮靠泊黄骅港。",
        "110兆瓦级重型燃气轮机通过鉴定。"
    })
    void timesAreNotMetrics(String text) {
        assertThat(extract(text)).as(text).isEmpty();
    }
}
