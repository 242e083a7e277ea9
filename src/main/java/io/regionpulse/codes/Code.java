package io.regionpulse.codes;

import java.util.Arrays;
import java.util.List;

/**
 * A closed set of values that appears in a table column ({@code rejects.reason}, {@code
 * runs.status} …): each constant has a stable string, written to the table, and a meaning, written
 * to the data dictionary. Renaming a constant never changes the stored string.
 */
public interface Code {
    /** The string stored in the table, e.g. {@code "malformed_record"}. */
    String code();

    /** One line for the data dictionary. */
    String meaning();

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
