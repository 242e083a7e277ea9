package io.regionpulse.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The character tables, the Arabic number reader and the fraction forms, each on its own. */
class NumeralsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"一, 1", "两, 2", "貳, 2", "陸, 6", "零, 0", "玖, 9", "十, -1", "个, -1"})
    void chineseDigits(char c, int value) {
        assertThat(Numerals.cnDigit(Numerals.fold(c))).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"０, 0", "萬, 万", "億, 亿", "兩, 两", "點, 点", "．, .", "〇, 零"})
    void foldsFullWidthAndTraditional(char in, char out) {
        assertThat(Numerals.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1100.9e8, 1.1009E11", "0.1, 0.1", "123456789012.3, 123456789012"})
    void roundsToTwelveSignificantDigits(double in, double out) {
        assertThat(Numerals.round(in)).isEqualTo(out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            nullValues = "null",
            value = {
                "1,100.9亿; 1100.9; 7; false; false",
                "40k，; 40000; 3; false; false",
                "2e5; 200000; 3; false; false",
                "3/4; 0.75; 3; true; false",
                "1.2.3版; 0; 5; false; true",
                "12.5%; 12.5; 4; false; false"
            })
    void readsArabicNumbers(String text, double value, int end, boolean whole, boolean reject) {
        char[] t = Numerals.fold(text);
        ArabicNumber.Read r = ArabicNumber.read(t, text, 0, t.length, 0, true);
        assertThat(r.reject()).isEqualTo(reject);
        assertThat(r.end()).isEqualTo(end);
        assertThat(r.whole() != null).isEqualTo(whole);
        if (!reject) {
            assertThat(Numerals.round(r.value())).isEqualTo(value);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"百分之八十四; 84", "千分之五; 0.5", "百分之百; 100", "万分之三; 0.03"})
    void readsPercentPrefixes(String text, double value) {
        char[] t = Numerals.fold(text);
        NumberToken tok = FractionForms.percentOf(t, text, 0, t.length, new int[1]);
        assertThat(tok).isNotNull();
        assertThat(tok.percent()).isTrue();
        assertThat(tok.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {"三分之一; 0.3333", "十打; 120", "三又二分之一; 3.5", "16分之5; 0.3125"})
    void readsSuffixedForms(String text, double value) {
        NumberToken tok = NumberScanner.scan(text).get(0);
        assertThat(tok.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-4));
    }
}
