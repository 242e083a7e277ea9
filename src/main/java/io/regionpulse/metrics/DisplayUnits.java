package io.regionpulse.metrics;

import java.util.Locale;
import java.util.Map;

/**
 * Metric values written the way Chinese readers expect them: {@code 6.74E9 CNY} → {@code
 * 67.4亿元}, {@code 22000 CNY} → {@code 2.2万元}, {@code 35000 count 人次} → {@code 3.5万人次},
 * {@code 6.5 percent} → {@code 6.5%}, {@code 505 m2} → {@code 505平方米}. Pure: the report and its
 * charts use it; one {@link Scale} per chart axis keeps a whole series in one magnitude.
 */
public final class DisplayUnits {
    private DisplayUnits() {}

    /** Unit code (metrics.unit) → the word written after the number. Codes not listed are written as they are. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("CNY", "元"),
            Map.entry("USD", "美元"),
            Map.entry("HKD", "港元"),
            Map.entry("EUR", "欧元"),
            Map.entry("JPY", "日元"),
            Map.entry("GBP", "英镑"),
            Map.entry("KRW", "韩元"),
            Map.entry("AUD", "澳元"),
            Map.entry("CAD", "加元"),
            Map.entry("RUB", "卢布"),
            Map.entry("TWD", "新台币"),
            Map.entry("MOP", "澳门元"),
            Map.entry("SGD", "新加坡元"),
            Map.entry("percent", "%"),
            Map.entry("percentage_point", "个百分点"),
            Map.entry("basis_point", "个基点"),
            Map.entry("times", "倍"),
            Map.entry("index_point", "点"),
            Map.entry("score", "分"),
            Map.entry("tonne", "吨"),
            Map.entry("tce", "吨标准煤"),
            Map.entry("kg", "千克"),
            Map.entry("g", "克"),
            Map.entry("jin", "斤"),
            Map.entry("km", "公里"),
            Map.entry("m", "米"),
            Map.entry("cm", "厘米"),
            Map.entry("mm", "毫米"),
            Map.entry("nmi", "海里"),
            Map.entry("km2", "平方公里"),
            Map.entry("m2", "平方米"),
            Map.entry("mu", "亩"),
            Map.entry("ha", "公顷"),
            Map.entry("m3", "立方米"),
            Map.entry("L", "升"),
            Map.entry("kW", "千瓦"),
            Map.entry("MW", "兆瓦"),
            Map.entry("GW", "吉瓦"),
            Map.entry("kWh", "千瓦时"),
            Map.entry("TEU", "标准箱"),
            Map.entry("celsius", "℃"));

    /** Units whose values are never shown in 万/亿: ratios, rates, temperatures, scores. */
    private static final java.util.Set<String> NO_MAGNITUDE =
            java.util.Set.of("percent", "percentage_point", "basis_point", "times", "index_point", "score", "celsius");

    /** A divisor and the text after the number: (1e8, "亿元"), (1e4, "万人次"), (1, "%"). */
    public record Scale(double divisor, String suffix) {
        /** {@code value} in this scale: "67.4亿元". */
        public String format(double value) {
            return number(value / divisor) + suffix;
        }
    }

    /** The unit word: CNY → 元, count with 人次 → 人次, count without a measure word → "". */
    public static String unitName(String unit, String measureWord) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        if ("count".equals(unit)) {
            return measureWord == null ? "" : measureWord;
        }
        String n = NAMES.get(unit);
        return n != null ? n : " " + unit;
    }

    /** The scale that writes numbers up to {@code maxAbs} readably: 万亿 from 1e12, 亿 from 1e8, 万 from 1e4. */
    public static Scale scaleFor(double maxAbs, String unit, String measureWord) {
        String name = unitName(unit, measureWord);
        double m = Math.abs(maxAbs);
        if (unit != null && NO_MAGNITUDE.contains(unit)) {
            return new Scale(1, name);
        }
        if (m >= 1e12) {
            return new Scale(1e12, "万亿" + name.strip());
        }
        if (m >= 1e8) {
            return new Scale(1e8, "亿" + name.strip());
        }
        if (m >= 1e4) {
            return new Scale(1e4, "万" + name.strip());
        }
        return new Scale(1, name);
    }

    /** One value with its unit: (6.74E9, CNY) → "67.4亿元"; null → "". */
    public static String format(Double value, String unit, String measureWord) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return scaleFor(value, unit, measureWord).format(value);
    }

    /** At most two decimals, no trailing zeros: 67.40 → "67.4", 3.0 → "3". */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "");
            s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        }
        return "-0".equals(s) ? "0" : s;
    }
}
