package io.regionpulse.tables;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Builds a row of a known schema by column name instead of by position: {@code
 * rows.row().set("doc_id", id).set("text", text).build()}. Columns not set are null; a name the
 * schema does not have is an error at the first row, not a silently shifted column.
 *
 * <p>One instance per schema (it holds the name → position map); {@link #row()} starts a row.
 */
public final class RowBuilder implements java.io.Serializable {
    private final StructType schema;
    private final Map<String, Integer> positions = new HashMap<>();

    private RowBuilder(StructType schema) {
        this.schema = schema;
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            positions.put(names[i], i);
        }
    }

    public static RowBuilder of(StructType schema) {
        return new RowBuilder(schema);
    }

    public StructType schema() {
        return schema;
    }

    public Values row() {
        return new Values();
    }

    /** The values of one row under construction. */
    public final class Values {
        private final Object[] values = new Object[positions.size()];

        private Values() {}

        public Values set(String column, Object value) {
            Integer i = positions.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column + " in " + schema.simpleString());
            }
            values[i] = value;
            return this;
        }

        public Row build() {
            return RowFactory.create(values);
        }
    }
}
