package io.regionpulse.tables;

import io.regionpulse.codes.Code;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A Delta table contract: name, layer, description, columns with comments and examples,
 * partition columns and the natural key. The schema doubles as the analysts' data dictionary
 * ({@code Main dictionary} renders docs/data-dictionary.md from these).
 */
public final class TableDef implements Serializable {
    private final String name;
    private final String layer;
    private final String description;
    private final List<Column> columns;
    private final List<String> partitionColumns;
    private final List<String> keyColumns;
    private final String writePattern;

    private TableDef(Builder b) {
        this.name = b.name;
        this.layer = b.layer;
        this.description = b.description;
        this.columns = List.copyOf(b.columns);
        this.partitionColumns = List.copyOf(b.partitionColumns);
        this.keyColumns = List.copyOf(b.keyColumns);
        this.writePattern = b.writePattern;
    }

    public static Builder builder(String name, String layer, String description) {
        return new Builder(name, layer, description);
    }

    public String name() {
        return name;
    }

    public String layer() {
        return layer;
    }

    public String description() {
        return description;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> partitionColumns() {
        return partitionColumns;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }

    public String writePattern() {
        return writePattern;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The Spark schema, each field carrying its comment in metadata (shown by DESCRIBE). */
    public StructType schema() {
        StructField[] fields = new StructField[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            Column c = columns.get(i);
            Metadata md =
                    new MetadataBuilder().putString("comment", c.comment()).build();
            fields[i] = new StructField(c.name(), c.type(), c.nullable(), md);
        }
        return new StructType(fields);
    }

    /**
     * The contract's columns as a struct for rows staged inside a job, without {@code exclude}
     * (the columns the job adds later, such as {@code doc_id} of a child row). Nullability is the
     * contract's, so a staged row that breaks it fails where it is built.
     */
    public StructType struct(String... exclude) {
        java.util.Set<String> skip = java.util.Set.of(exclude);
        requireColumns(skip);
        StructType out = new StructType();
        for (StructField f : schema().fields()) {
            if (!skip.contains(f.name())) {
                out = out.add(f);
            }
        }
        return out;
    }

    /** The named contract columns, each nullable: for staged rows that are one of several kinds. */
    public StructField[] nullableFields(String... names) {
        requireColumns(java.util.Set.of(names));
        StructField[] out = new StructField[names.length];
        StructType all = schema();
        for (int i = 0; i < names.length; i++) {
            StructField f = all.apply(names[i]);
            out[i] = new StructField(f.name(), f.dataType(), true, f.metadata());
        }
        return out;
    }

    private void requireColumns(java.util.Set<String> names) {
        for (String n : names) {
            if (!columnNames().contains(n)) {
                throw new IllegalArgumentException(name + " has no column " + n);
            }
        }
    }

    public static final class Builder {
        private final String name;
        private final String layer;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> partitionColumns = new ArrayList<>();
        private final List<String> keyColumns = new ArrayList<>();
        private String writePattern = "";

        private Builder(String name, String layer, String description) {
            this.name = name;
            this.layer = layer;
            this.description = description;
        }

        public Builder col(String name, DataType type, String comment, String example) {
            columns.add(new Column(name, type, true, comment, example));
            return this;
        }

        public Builder required(String name, DataType type, String comment, String example) {
            columns.add(new Column(name, type, false, comment, example));
            return this;
        }

        /**
         * The column just added holds only the codes of {@code type} (for an array column: each
         * element). The data dictionary lists them; the contract test checks every written value.
         */
        public <E extends Enum<E> & Code> Builder allowed(Class<E> type) {
            Column last = columns.remove(columns.size() - 1);
            java.util.LinkedHashMap<String, String> values = new java.util.LinkedHashMap<>();
            for (E e : type.getEnumConstants()) {
                values.put(e.code(), e.meaning());
            }
            columns.add(new Column(last.name(), last.type(), last.nullable(), last.comment(), last.example(), values));
            return this;
        }

        public Builder partitionBy(String... cols) {
            partitionColumns.addAll(List.of(cols));
            return this;
        }

        public Builder key(String... cols) {
            keyColumns.addAll(List.of(cols));
            return this;
        }

        public Builder writePattern(String text) {
            this.writePattern = text;
            return this;
        }

        public TableDef build() {
            return new TableDef(this);
        }
    }
}
