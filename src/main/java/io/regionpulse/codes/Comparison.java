package io.regionpulse.codes;

/** {@code metrics.comparison}: the base of a change. */
public enum Comparison implements Code {
    @Meaning("Year on year (同比, 比上年, 比2022年)")
    YOY,
    @Meaning("Period on period (环比, 比上月, 较上季度)")
    MOM
}
