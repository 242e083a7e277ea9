package io.regionpulse.codes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A closed set of values that appears in a table column ({@code rejects.reason}, {@code
 * runs.status} …), implemented by an enum: each constant's stored string is its name in lower case
 * ({@code MALFORMED_RECORD} → {@code "malformed_record"}) and its {@link Meaning} goes to the data
 * dictionary. The strings are a contract: {@code CodesTest} pins them, so renaming a constant
 * fails a test instead of silently changing the tables.
 */
public interface Code {
    /** The string stored in the table, e.g. {@code "malformed_record"}. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    /** One line for the data dictionary (the constant's {@link Meaning}). */
    default String meaning() {
        Enum<?> e = (Enum<?>) this;
        try {
            Meaning m = e.getDeclaringClass().getField(e.name()).getAnnotation(Meaning.class);
            return m == null ? "" : m.value();
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every stable string of {@code type}, in declaration order. */
    static <E extends Enum<E> & Code> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Code::code).toList();
    }

    /** The constant whose {@link #code()} is {@code code}; an unknown string is an error. */
    static <E extends Enum<E> & Code> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        throw new IllegalArgumentException(
                "not a " + type.getSimpleName() + ": " + code + " (one of " + codes(type) + ")");
    }
}
