package io.regionpulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShinglesTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "长三角，科技创新！|长三角科技创新",
                "Ｇ20 峰会，在杭州。|g20峰会在杭州",
                "“我们把研发投入摆在突出位置，”他说。|我们把研发投入摆在突出位置他说",
                "第一段。/第二段 ABC|第一段第二段abc",
                "——（12）。|12"
            })
    void normaliseKeepsLettersAndDigitsOnly(String text, String expected) {
        // "/" stands for a line break (CSV rows cannot hold one).
        assertThat(Shingles.normalise(text.replace("/", "\n\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"长三角科技创新|3|5", "长三角科技创新|5|3", "长三角|5|1", "哈哈哈哈哈哈|3|1", "''|5|0"})
    void countsDistinctShingles(String normalised, int k, int expected) {
        assertThat(Shingles.hashes(normalised, k)).hasSize(expected);
    }

    @Test
    void punctuationAndLayoutDoNotChangeTheShingles() {
        String a = Shingles.normalise("重庆市将与四川省进一步深化科技创新合作。\n争取更多国家科技资源落地。");
        String b = Shingles.normalise("重庆市将与四川省进一步深化科技创新合作，争取更多国家科技资源落地！");
        assertThat(Shingles.hashes(a, 5)).containsExactly(Shingles.hashes(b, 5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"长三角科技创新共同体|长三角科技创新共同体|1.0|1.0", "长三角科技创新共同体|长三角科技创新|0.625|1.0", "长三角科技创新|粤港澳大湾区|0.0|0.0"})
    void exactJaccardAndContainment(String a, String b, double jaccard, double containment) {
        long[] x = Shingles.hashes(a, 3);
        long[] y = Shingles.hashes(b, 3);
        assertThat(Shingles.jaccard(x, y)).isEqualTo(jaccard);
        assertThat(Shingles.containment(x, y)).isEqualTo(containment);
    }
}
