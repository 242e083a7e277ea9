package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTaxonomyTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "null",
            value = {
                "地区生产总值, gdp",
                "GDP, gdp",
                "进出口总值, trade",
                "出口额, export",
                "进口, import",
                "固定资产投资, fixed_asset_investment",
                "社会消费品零售总额, retail_sales",
                "规模以上工业增加值, industrial_value_added",
                "一般公共预算收入, fiscal_revenue",
                "常住人口, population",
                "居民人均可支配收入, income",
                "接待游客, tourist_visits",
                "旅游收入, tourism_revenue",
                "发送旅客, passenger_trips",
                "签约金额, investment_amount",
                "融资, financing",
                "企业, enterprises",
                "项目, projects",
                "发电量, energy_output",
                "粮食产量, grain_output",
                "营业收入, business_revenue",
                "整体水平, null",
                "null, null"
            })
    void mapsPhrasesToTheStandardIndicator(String phrase, String code) {
        assertThat(IndicatorTaxonomy.standard().code(phrase)).isEqualTo(code);
    }

    @Test
    void theLongestCueWinsAndTiesGoToTheEarlierLine() {
        IndicatorTaxonomy t =
                new IndicatorTaxonomy(List.of("code\tname\tcues", "a\tA\t出口|贸易", "b\tB\t进出口", "c\tC\t贸易|外贸"));
        assertThat(t.code("进出口额")).isEqualTo("b");
        assertThat(t.code("出口额")).isEqualTo("a");
        assertThat(t.code("贸易额")).isEqualTo("a");
        assertThat(t.names()).containsOnlyKeys("a", "b", "c");
    }

    @Test
    void rejectsADuplicateCodeOrAShortLine() {
        assertThatThrownBy(() -> new IndicatorTaxonomy(List.of("code\tname\tcues", "a\tA\tx", "a\tA2\ty")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorTaxonomy(List.of("code\tname\tcues", "a\tA")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCodeOfTheShippedFileIsLowerSnakeCase() {
        assertThat(IndicatorTaxonomy.standard().names().keySet()).allMatch(c -> c.matches("[a-z][a-z_]*"));
        assertThat(IndicatorTaxonomy.standard().names()).hasSizeGreaterThanOrEqualTo(20);
    }
}
