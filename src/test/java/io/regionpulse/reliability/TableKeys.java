package io.regionpulse.reliability;

import io.delta.tables.DeltaTable;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Runs;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.testing.SparkTestSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * What "the tables a clean run leaves" means for comparing two warehouses: per table (runs
 * excepted: it records each run) the row count and the sorted set of keys. Keys are the tables'
 * contract keys (deterministic hashes), so two warehouses built from the same input agree exactly;
 * documents also carry their dedup and extraction state (story_id, is_canonical, extracted or not).
 */
final class TableKeys {
    private TableKeys() {}

    record Table(long rows, TreeSet<String> keys) {}

    static Map<String, Table> of(Path warehouse) {
        SparkSession spark = SparkTestSession.get();
        Map<String, Table> out = new TreeMap<>();
        for (TableDef t : Tables.ALL) {
            String path = warehouse.resolve(t.name()).toString();
            if (t.name().equals(Runs.DEF.name()) || !DeltaTable.isDeltaTable(spark, path)) {
                continue;
            }
            List<String> cols = new ArrayList<>(t.keyColumns());
            if (t.name().equals(Documents.DEF.name())) {
                cols.add("story_id");
                cols.add("is_canonical");
                cols.add("keywords IS NOT NULL");
            }
            String expr = "concat_ws('|', "
                    + String.join(
                            ", ",
                            cols.stream()
                                    .map(c -> c.contains(" ")
                                            ? "cast(" + c + " as string)"
                                            : "coalesce(cast(`" + c + "` as string), '∅')")
                                    .toList())
                    + ") AS k";
            List<Row> rows =
                    spark.read().format("delta").load(path).selectExpr(expr).collectAsList();
            TreeSet<String> keys = new TreeSet<>();
            rows.forEach(r -> keys.add(r.getString(0)));
            out.put(t.name(), new Table(rows.size(), keys));
        }
        return out;
    }
}
