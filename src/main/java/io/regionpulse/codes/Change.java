package io.regionpulse.codes;

/** {@code metrics.change}: a level or a change. */
public enum Change implements Code {
    @Meaning("A level or a share (全年GDP 5万亿元, 占比30%)")
    LEVEL,
    @Meaning("An increase (增长, 提高, 上升)")
    INCREASE,
    @Meaning("A decrease (下降, 减少, 回落)")
    DECREASE
}
