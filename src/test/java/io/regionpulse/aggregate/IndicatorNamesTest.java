package io.regionpulse.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNamesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            nullValues = "null",
            delimiter = '|',
            textBlock =
                    """
      技术交易金额            | 技术交易金额
      技术 交易金额           | 技术交易金额
      “技术交易金额”          | 技术交易金额
      技术交易金额达          | 技术交易金额
      技术交易金额达到        | 技术交易金额
      技术合同成交额          | 技术合同成交额
      技术合同成交额超过      | 技术合同成交额
      地区生产总值（GDP）     | 地区生产总值
      地区生产总值(GDP)       | 地区生产总值
      ＧＤＰ                  | GDP
      gdp                     | GDP
      （GDP）                 | GDP
      其中，出口额            | 出口额
      进出口总额              | 进出口总额
      进出口额                | 进出口额
      累计投资                | 累计投资
      研发投入强度            | 研发投入强度
      违法行为                | 违法行为
      雷达                    | 雷达
      达                      | 达
      ' 、 '                  | null
      null                    | null
      """)
    void normalizesOnlyTrivialSpellingDifferences(String raw, String expected) {
        assertThat(IndicatorNames.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource({
        "技术交易金额, 技术合同成交额",
        "进出口总额, 进出口额",
        "累计投资, 投资",
        "GDP, 地区生产总值",
        "营业收入, 营业总收入",
    })
    void keepsDifferentQuantitiesApart(String a, String b) {
        assertThat(IndicatorNames.normalize(a)).isNotEqualTo(IndicatorNames.normalize(b));
    }
}
