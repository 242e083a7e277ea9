package io.regionpulse.jobs;

import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.warehouse.Warehouse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jobs/export.sh}: one table as plain Parquet or CSV files for tools that do not read Delta,
 * partitioned like the table (pages by ingest_date, gold tables by granularity; silver tables by
 * publication month), with the contract's column comments in {@code _dictionary.md} and
 * {@code _dictionary.json} beside the files (Spark, pandas and pyarrow skip files starting with _).
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export one table as plain Parquet or CSV files with a column dictionary (_dictionary.md/.json).")
public final class ExportCommand implements Callable<Integer> {
    /** Rows per output file when a partition is large. */
    static final long ROWS_PER_FILE = 500_000;

    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--table", required = true, description = "Table name (see jobs/sql.sh --dictionary)")
    String table;

    @Option(names = "--format", required = true, description = "parquet or csv")
    String format;

    @Option(
            names = "--where",
            description = "Spark SQL filter: --where \"granularity = 'month' AND period_start >= '2023-03-01'\"")
    String where;

    @Option(
            names = "--out",
            required = true,
            description = "Output folder (must be empty or missing unless --overwrite)")
    Path out;

    @Option(names = "--overwrite", description = "Replace the output folder (or file with --single-file)")
    boolean overwrite;

    @Option(
            names = "--single-file",
            description = "CSV only: one file at --out (e.g. out/timeline.csv) instead of a folder of part files,"
                    + " rows in key order; the dictionary goes beside it as <name>.dictionary.md/.json")
    boolean singleFile;

    @Option(names = "--bom", description = "With --single-file: start the file with a UTF-8 byte-order mark (Excel)")
    boolean bom;

    @Override
    public Integer call() {
        if (!List.of("parquet", "csv").contains(format)) {
            throw new UserError("--format must be parquet or csv");
        }
        TableDef def;
        try {
            def = Tables.byName(table);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (bom && !singleFile) {
            throw new UserError("--bom goes with --single-file");
        }
        if (singleFile) {
            if (!"csv".equals(format)) {
                throw new UserError("--single-file writes CSV: add --format csv");
            }
            if (Files.isDirectory(out)) {
                throw new UserError(
                        "--out is a folder: with --single-file give a file name, e.g. " + out.resolve(table + ".csv"));
            }
            if (Files.exists(out) && !overwrite) {
                throw new UserError("output file exists: " + out + " (add --overwrite to replace it)");
            }
        } else {
            File dir = out.toFile();
            String[] existing = dir.list();
            if (existing != null && existing.length > 0 && !overwrite) {
                throw new UserError("output folder not empty: " + out + " (add --overwrite to replace it)");
            }
        }
        Settings s = common.settings(Map.of());
        SparkSession spark = common.session(s);
        try {
            Warehouse w = new Warehouse(spark, s.warehouse());
            if (!w.exists(def)) {
                throw new UserError("table " + def.name() + " does not exist in " + s.warehouse()
                        + " (run jobs/pipeline.sh first)");
            }
            Dataset<Row> rows = w.read(def);
            if (where != null && !where.isBlank()) {
                rows = rows.where(where);
            }
            if (singleFile) {
                long count = SingleCsv.write(forCsv(rows), def.keyColumns(), out, bom);
                Path stem = out.resolveSibling(stem(out) + ".dictionary");
                writeDictionary(def, List.of(), count, s.warehouse(), stem);
                System.out.printf(
                        "exported %,d rows of %s as one CSV file %s (UTF-8%s)%n",
                        count, def.name(), out, bom ? " with BOM" : "");
                return Main.OK;
            }
            List<String> partitions = partitionColumns(def);
            if (partitions.contains(PUBLISHED_MONTH)) {
                rows = rows.withColumn(
                        PUBLISHED_MONTH, functions.date_format(functions.col("published_date"), "yyyy-MM"));
            }
            if ("csv".equals(format)) {
                rows = forCsv(rows);
            }
            rows = rows.cache();
            long count = rows.count();
            int files = (int) Math.max(1, Math.min(200, (count + ROWS_PER_FILE - 1) / ROWS_PER_FILE));
            Dataset<Row> shaped = partitions.isEmpty()
                    ? rows.repartition(files)
                    : rows.repartition(
                            files, partitions.stream().map(functions::col).toArray(Column[]::new));
            var writer = shaped.write().mode("overwrite").format(format);
            if ("csv".equals(format)) {
                writer = writer.option("header", "true")
                        .option("encoding", "UTF-8")
                        .option("escape", "\"");
            } else {
                writer = writer.option("compression", "zstd");
            }
            if (!partitions.isEmpty()) {
                writer = writer.partitionBy(partitions.toArray(new String[0]));
            }
            writer.save(out.toString());
            rows.unpersist();
            writeDictionary(def, partitions, count, s.warehouse(), out.resolve("_dictionary"));
            System.out.printf(
                    "exported %,d rows of %s as %s to %s%s%n",
                    count,
                    def.name(),
                    format,
                    out,
                    partitions.isEmpty() ? "" : " (partitioned by " + String.join(", ", partitions) + ")");
            return Main.OK;
        } finally {
            spark.stop();
        }
    }

    static final String PUBLISHED_MONTH = "published_month";

    /** The table's own partitioning; per-document silver tables get one folder per publication month. */
    static List<String> partitionColumns(TableDef def) {
        if (!def.partitionColumns().isEmpty()) {
            return def.partitionColumns();
        }
        if (def.columnNames().contains("published_date")) {
            return List.of(PUBLISHED_MONTH);
        }
        return List.of();
    }

    /** CSV has no arrays or bytes: arrays become "a|b|c", binary becomes base64. */
    static Dataset<Row> forCsv(Dataset<Row> rows) {
        for (var f : rows.schema().fields()) {
            String t = f.dataType().typeName();
            if ("array".equals(t)) {
                rows = rows.withColumn(f.name(), functions.concat_ws("|", functions.col("`" + f.name() + "`")));
            } else if ("binary".equals(t)) {
                rows = rows.withColumn(f.name(), functions.base64(functions.col("`" + f.name() + "`")));
            }
        }
        return rows;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void writeDictionary(TableDef def, List<String> partitions, long count, String warehouse, Path base) {
        Path md = base.resolveSibling(base.getFileName() + ".md");
        Path json = base.resolveSibling(base.getFileName() + ".json");
        ExportDictionary dictionary =
                new ExportDictionary(def, format, partitions, where, count, warehouse, Instant.now());
        try {
            Files.writeString(md, dictionary.markdown(), StandardCharsets.UTF_8);
            Files.writeString(json, dictionary.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
