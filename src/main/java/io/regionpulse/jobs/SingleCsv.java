package io.regionpulse.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * {@code jobs/export.sh --single-file}: a table (already flattened for CSV) as one RFC 4180 CSV
 * file in UTF-8 with a header, rows in key order, optionally with a byte-order mark so that Excel
 * on Windows reads the Chinese as UTF-8. Spark writes one part file into a scratch folder beside
 * the target; it is then copied behind the BOM and moved into place, so a failed export leaves no
 * half file under the target name.
 */
final class SingleCsv {
    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SingleCsv() {}

    static long write(Dataset<Row> rows, List<String> orderBy, Path target, boolean bom) {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path scratch = Files.createTempDirectory(abs.getParent(), "." + abs.getFileName() + ".");
            try {
                Dataset<Row> ordered = rows;
                if (!orderBy.isEmpty()) {
                    ordered = rows.orderBy(orderBy.stream()
                            .map(c -> org.apache.spark.sql.functions.col("`" + c + "`"))
                            .toArray(org.apache.spark.sql.Column[]::new));
                }
                long count = rows.count();
                Path parts = scratch.resolve("parts");
                ordered.coalesce(1)
                        .write()
                        .format("csv")
                        .option("header", "true")
                        .option("encoding", "UTF-8")
                        .option("escape", "\"")
                        .save(parts.toString());
                Path part;
                try (Stream<Path> s = Files.list(parts)) {
                    part = s.filter(p -> p.getFileName().toString().startsWith("part-"))
                            .min(Comparator.naturalOrder())
                            .orElse(null);
                }
                Path tmp = scratch.resolve("out.csv");
                try (OutputStream o = Files.newOutputStream(tmp)) {
                    if (bom) {
                        o.write(UTF8_BOM);
                    }
                    if (part != null) {
                        try (InputStream in = Files.newInputStream(part)) {
                            in.transferTo(o);
                        }
                    } else { // no rows: Spark writes no part file; keep the header
                        o.write(String.join(",", rows.columns())
                                .concat("\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return count;
            } finally {
                deleteTree(scratch);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
