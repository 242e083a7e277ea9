package io.regionpulse.metrics;

/** metrics.comparison: the base of a change (同比 → yoy, 环比 → mom). */
public enum Comparison implements Coded {
    YOY("yoy"),
    MOM("mom");

    private final String code;

    Comparison(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant with this code. */
    public static Comparison of(String code) {
        return Coded.of(Comparison.class, code);
    }
}
