package io.regionpulse.jobs;

import io.regionpulse.tables.Column;
import io.regionpulse.tables.TableDef;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code CREATE VIEW} statement of a public table as {@code jobs/serve.sh} publishes it: the
 * table's columns in the stored order, each with its comment (the stored one, else the
 * contract's), and the table's description as the view's comment. BI tools read both through
 * JDBC {@code getColumns}/{@code getTables} (REMARKS).
 */
final class PublicViews {
    private PublicViews() {}

    static String createView(TableDef t, StructType stored, String source) {
        List<String> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (StructField f : stored.fields()) {
            String comment = f.getComment().isDefined() ? f.getComment().get() : contractComment(t, f.name());
            cols.add(quote(f.name()) + " COMMENT '" + literal(comment) + "'");
            names.add(quote(f.name()));
        }
        return "CREATE VIEW default." + quote(t.name()) + " (" + String.join(", ", cols) + ") COMMENT '"
                + literal(t.description()) + "' AS SELECT " + String.join(", ", names) + " FROM " + source;
    }

    static String contractComment(TableDef t, String column) {
        return t.columns().stream()
                .filter(c -> c.name().equals(column))
                .map(Column::comment)
                .findFirst()
                .orElse("");
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** A Spark SQL string literal body: backslashes and single quotes escaped, newlines as spaces. */
    static String literal(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'").replace('\n', ' ').replace('\r', ' ');
    }
}
