package io.regionpulse.metrics;

/** metrics.scope: what the number is about — one region, the whole country, abroad or the world, or not known. */
public enum Scope implements Coded {
    REGION("region"),
    NATIONAL("national"),
    FOREIGN("foreign"),
    NONE("none");

    private final String code;

    Scope(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The constant with this code. */
    public static Scope of(String code) {
        return Coded.of(Scope.class, code);
    }
}
