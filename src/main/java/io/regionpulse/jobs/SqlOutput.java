package io.regionpulse.jobs;

import java.io.PrintStream;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints a query result as an aligned table, RFC 4180 CSV, or JSON lines. */
public final class SqlOutput {
    private SqlOutput() {}

    public static void print(Dataset<Row> df, String format, int limit, PrintStream out) {
        switch (format) {
            case "json" -> df.limit(limit).toJSON().collectAsList().forEach(out::println);
            case "csv" -> {
                out.println(String.join(
                        ",", List.of(df.columns()).stream().map(SqlOutput::csv).toList()));
                for (Row r : df.limit(limit).collectAsList()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < r.size(); i++) {
                        if (i > 0) sb.append(',');
                        sb.append(csv(value(r.get(i))));
                    }
                    out.println(sb);
                }
            }
            default -> table(df, limit, out);
        }
    }

    /** An aligned text table; CJK characters count as two columns so columns line up in a terminal. */
    static void table(Dataset<Row> df, int limit, PrintStream out) {
        String[] cols = df.columns();
        List<Row> rows = df.limit(limit).collectAsList();
        int[] w = new int[cols.length];
        String[][] cells = new String[rows.size()][cols.length];
        for (int c = 0; c < cols.length; c++) {
            w[c] = width(cols[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.length; c++) {
                String v = value(rows.get(r).get(c)).replace("\n", "\\n");
                if (width(v) > 60) {
                    v = v.substring(0, Math.min(v.length(), 29)) + "…";
                }
                cells[r][c] = v;
                w[c] = Math.max(w[c], width(v));
            }
        }
        StringBuilder sep = new StringBuilder("+");
        for (int c = 0; c < cols.length; c++) sep.append("-".repeat(w[c] + 2)).append('+');
        out.println(sep);
        out.println(line(cols, w));
        out.println(sep);
        for (String[] r : cells) out.println(line(r, w));
        out.println(sep);
        out.println(rows.size() + (rows.size() == limit ? "+ rows (limit " + limit + ")" : " rows"));
    }

    private static String line(String[] vals, int[] w) {
        StringBuilder sb = new StringBuilder("|");
        for (int c = 0; c < vals.length; c++) {
            sb.append(' ')
                    .append(vals[c])
                    .append(" ".repeat(w[c] - width(vals[c]) + 1))
                    .append('|');
        }
        return sb.toString();
    }

    static int width(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            n += (ch >= 0x1100
                            && (ch <= 0x115f
                                    || (ch >= 0x2e80 && ch <= 0xa4cf)
                                    || (ch >= 0xac00 && ch <= 0xd7a3)
                                    || (ch >= 0xf900 && ch <= 0xfaff)
                                    || (ch >= 0xfe30 && ch <= 0xfe4f)
                                    || (ch >= 0xff00 && ch <= 0xff60)
                                    || (ch >= 0xffe0 && ch <= 0xffe6)))
                    ? 2
                    : 1;
        }
        return n;
    }

    static String value(Object v) {
        if (v == null) return "";
        if (v instanceof scala.collection.Seq<?> s)
            return scala.jdk.javaapi.CollectionConverters.asJava(s).toString();
        if (v instanceof byte[] b) return "<" + b.length + " bytes>";
        return v.toString();
    }

    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
