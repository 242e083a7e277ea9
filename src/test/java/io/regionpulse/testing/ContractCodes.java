package io.regionpulse.testing;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import io.regionpulse.tables.Column;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;

/**
 * Every value written to a coded column (one declared with {@code .allowed(SomeCode.class)} in its
 * table contract) is a member of that closed set. Run over a warehouse the real jobs built.
 */
public final class ContractCodes {
    private ContractCodes() {}

    /** "table.column = value" for each written value outside its column's allowed codes. */
    public static List<String> violations(Function<TableDef, Dataset<Row>> tables) {
        List<String> out = new ArrayList<>();
        for (TableDef t : Tables.everything()) {
            Dataset<Row> rows;
            try {
                rows = tables.apply(t);
            } catch (RuntimeException missing) {
                continue; // a table the run did not create has no values to check
            }
            if (rows == null) {
                continue;
            }
            for (Column c : t.columns()) {
                if (!c.coded()) {
                    continue;
                }
                Dataset<Row> values = c.type() instanceof ArrayType
                        ? rows.select(explode(col(c.name())).as("v"))
                        : rows.select(col(c.name()).as("v"));
                for (Row r : values.filter(col("v").isNotNull())
                        .filter(col("v").isin(c.allowedCodes().toArray()).unary_$bang())
                        .distinct()
                        .collectAsList()) {
                    out.add(t.name() + "." + c.name() + " = " + r.get(0));
                }
            }
        }
        return out;
    }

    /** How many coded columns the contracts declare (a check over none would prove nothing). */
    public static long codedColumns() {
        return Tables.everything().stream()
                .flatMap(t -> t.columns().stream())
                .filter(Column::coded)
                .count();
    }
}
