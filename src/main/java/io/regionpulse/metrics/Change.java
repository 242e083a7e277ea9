package io.regionpulse.metrics;

/** metrics.change: a level, or an increase/decrease (增长5% → increase). */
public enum Change implements Coded {
    LEVEL("level"),
    INCREASE("increase"),
    DECREASE("decrease");

    private final String code;

    Change(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant with this code. */
    public static Change of(String code) {
        return Coded.of(Change.class, code);
    }
}
