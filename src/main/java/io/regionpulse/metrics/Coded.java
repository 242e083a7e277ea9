package io.regionpulse.metrics;

/** A closed set of codes written to a table column: {@link #code()} is the stable string value. */
public interface Coded {
    String code();

    /** The code of {@code c}, or null. */
    static String code(Coded c) {
        return c == null ? null : c.code();
    }

    /** The constant of {@code type} whose code is {@code code}; IllegalArgumentException if none. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no " + type.getSimpleName() + " with code " + code);
    }
}
