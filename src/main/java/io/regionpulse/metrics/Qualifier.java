package io.regionpulse.metrics;

/** metrics.qualifier: how the number is hedged (约 → approx, 超过 → more_than, 以上 → at_least). */
public enum Qualifier implements Coded {
    EXACT("exact"),
    APPROX("approx"),
    MORE_THAN("more_than"),
    AT_LEAST("at_least"),
    LESS_THAN("less_than"),
    AT_MOST("at_most");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant with this code. */
    public static Qualifier of(String code) {
        return Coded.of(Qualifier.class, code);
    }
}
