package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberScannerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      25273                  | 25273
      1863.45                | 1863.45
      1,100.9亿              | 110090000000
      1,050,000,000          | 1050000000
      10,000.233             | 10000.233
      ２．２亿               | 220000000
      １１.92亿              | 1192000000
      ４，５６５             | 4565
      5446万                 | 54460000
      2.5万                  | 25000
      3万4000                | 34000
      25万6千                | 256000
      2千零30万              | 20300000
      1千零20                | 1020
      4.78万亿               | 4780000000000
      350万亿                | 350000000000000
      10万万                 | 1000000000
      1000  万               | 10000000
      两千三百               | 2300
      两千三百五             | 2350
      两千四百五             | 2450
      一万二千               | 12000
      一万二                 | 12000
      一万三                 | 13000
      九十二万四             | 924000
      六十四万零一百四十三   | 640143
      一千零一               | 1001
      一千零五十             | 1050
      一百零一万一千         | 1011000
      一千两百三十四万       | 12340000
      五亿零六               | 500000006
      七十八万五佰零六       | 780506
      四亿五千六百四十二万零一十五 | 456420015
      四千万零六千           | 40006000
      九百万零四百           | 9000400
      一万五千亿             | 1500000000000
      四万亿                 | 4000000000000
      二十一万亿             | 21000000000000
      四万万                 | 400000000
      十                     | 10
      十五                   | 15
      二十                   | 20
      一百                   | 100
      九百九十九             | 999
      九百九                 | 990
      一万零十二             | 10012
      一百零十万             | 1100000
      零十                   | 10
      千三                   | 1300
      百三                   | 130
      二点五                 | 2.5
      十五点七               | 15.7
      零点五                 | 0.5
      两千三点一             | 2300.1
      一百五十四点零         | 154
      四百亿点零五零         | 40000000000.05
      负三十二               | -32
      负10000                | -10000
      -22.2                  | -22.2
      负3.9                  | -3.9
      肆佰陸拾               | 460
      壹佰伍拾               | 150
      拾万零五十六           | 100056
      倆千两百贰拾二         | 2222
      萬分之肆               | 0.04
      四千零五萬             | 40050000
      兩千四百五             | 2450
      五百余万               | 5000000
      500余万                | 5000000
      一千多万               | 10000000
      十多万                 | 100000
      二十几万               | 200000
      一百零几万             | 1000000
      十 余 万               | 100000
      一百 五 十 二          | 152
      7万 5千 4百            | 75400
      三分之一               | 0.333333333333
      五分之一               | 0.2
      一百分之二             | 0.02
      16分之5                | 0.3125
      三百五十又3分之1       | 350.333333333
      3/5                    | 0.6
      百分之八十四           | 84
      百分之五十五点五七九   | 55.579
      百分之12               | 12
      百分之１２０           | 120
      百分之百               | 100
      千分之二点四           | 0.24
      万分之三               | 0.03
      2e5                    | 200000
      40k                    | 40000
      十打                   | 120
      .5                     | 0.5
      """)
    void resolvesWrittenNumbers(String input, double expected) {
        List<NumberToken> tokens = NumberScanner.scan(input.strip());
        assertThat(tokens).hasSize(1);
        assertThat(tokens.get(0).value()).isCloseTo(expected, within(Math.max(1e-6, Math.abs(expected) * 1e-9)));
        assertThat(tokens.get(0).end() - tokens.get(0).start())
                .isEqualTo(input.strip().length());
    }

    @ParameterizedTest(name = "{0} has approx {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      四十余万 | true
      几十     | true
      数百     | true
      上千     | true
      100多    | true
      40余     | true
      四十     | false
      1863.45  | false
      """)
    void marksApproximateForms(String input, boolean approx) {
        assertThat(NumberScanner.scan(input).get(0).approx()).isEqualTo(approx);
    }

    @ParameterizedTest(name = "no number in {0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      一切从实际出发
      全国统一大市场
      陆地上有许多动物
      他在海滩上拾取贝壳
      入伍时分总令人感伤
      这个人很肆意妄为
      万众一心
      十分重要
      年味十足
      我家在四川
      """)
    void findsNoNumberInOrdinaryWords(String input) {
        assertThat(NumberScanner.scan(input)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1} numbers")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
      十四五                 | 0
      三五家                 | 0
      二三十个               | 0
      2022.3.5               | 0
      1.2.3版                | 0
      这不是五这是二百零一   | 2
      二百三十三，五百七十七 | 2
      1, 234, 567            | 3
      """)
    void splitsOrDropsSideBySideNumbers(String input, int count) {
        assertThat(NumberScanner.scan(input)).hasSize(count);
    }

    @ParameterizedTest(name = "{0} stops before {1}")
    @CsvSource(
            delimiter = '|',
            textBlock = """
      12千米      | 千米
      100万千瓦   | 千瓦
      2.3千克     | 千克
      3点15分     | 点
      """)
    void leavesUnitWordsOutOfTheNumber(String input, String rest) {
        NumberToken t = NumberScanner.scan(input).get(0);
        assertThat(input.substring(t.end())).startsWith(rest);
    }
}
