package io.regionpulse.metrics;

/**
 * One number found by {@link NumberScanner}: [start, end) offsets into the scanned text and its
 * value. {@code "1,100.9亿"} → value 1.1009E11, magnitude 1e8; {@code "四十余万"} → 400000, approx;
 * {@code "百分之八十四"} → 84 with {@code percent} set (the value is already in percent).
 *
 * @param chinese the number is written (at least partly) with Chinese numerals
 * @param chars number of chars that make the number (1 for a lone {@code 三})
 * @param magnitude the largest of 万/亿 applied (1 when none), used to share magnitudes in ranges
 * @param approx written with 余/多/几/数/上 (四十余, 几十, 数百)
 * @param percent written as 百分之X / 千分之X / 万分之X (value converted to percent)
 */
public record NumberToken(
        int start,
        int end,
        double value,
        boolean chinese,
        int chars,
        double magnitude,
        boolean approx,
        boolean percent) {

    NumberToken withValue(double v) {
        return new NumberToken(start, end, v, chinese, chars, magnitude, approx, percent);
    }

    NumberToken withSpan(int s, int e) {
        return new NumberToken(s, e, value, chinese, chars, magnitude, approx, percent);
    }
}
