package io.regionpulse.codes;

/** {@code metrics.qualifier}: how a number is hedged. */
public enum Qualifier implements Code {
    @Meaning("Written as an exact figure")
    EXACT,
    @Meaning("约, 近, 左右, 上下, 余, 多, 几: about")
    APPROX,
    @Meaning("超过, 逾, 超, 突破: more than")
    MORE_THAN,
    @Meaning("不低于, 至少, 以上, the low bound of a range")
    AT_LEAST,
    @Meaning("不足, 不到, 低于: less than")
    LESS_THAN,
    @Meaning("不超过, 以内, 以下, the high bound of a range")
    AT_MOST
}
