package io.regionpulse.tables;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.DataType;

/**
 * One column of a table contract: its type, whether it may be null, what it means, an example, and
 * for a coded column the closed set of values it may hold ({@code allowed}: code → meaning, empty
 * for an open column).
 */
public record Column(
        String name,
        DataType type,
        boolean nullable,
        String comment,
        String example,
        java.util.LinkedHashMap<String, String> allowed)
        implements Serializable {
    public Column(String name, DataType type, boolean nullable, String comment, String example) {
        this(name, type, nullable, comment, example, new java.util.LinkedHashMap<>());
    }

    public boolean coded() {
        return !allowed.isEmpty();
    }

    public List<String> allowedCodes() {
        return List.copyOf(allowed.keySet());
    }
}
