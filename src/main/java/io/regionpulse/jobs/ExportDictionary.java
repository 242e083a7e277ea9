package io.regionpulse.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.TableDef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidecar dictionary of an export: the table contract's comments, as written to the files,
 * with what the export did ({@code where} filter, row count, source warehouse, time).
 */
public record ExportDictionary(
        TableDef def, String format, List<String> partitions, String where, long rows, String warehouse, Instant at) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How a column is written in the given format (CSV flattens arrays and bytes). */
    static String exportedType(Column c, String format) {
        String t = c.type().simpleString();
        if ("csv".equals(format)) {
            if (t.startsWith("array")) {
                return "string (" + t + " joined with |)";
            }
            if ("binary".equals(t)) {
                return "string (base64 of binary)";
            }
        }
        return t;
    }

    static String note(String column, List<String> partitions) {
        if (ExportCommand.PUBLISHED_MONTH.equals(column)) {
            return "Added by the export: yyyy-MM of published_date; the folder name published_month=… holds it";
        }
        return partitions.contains(column)
                ? "Partition column: held by the folder name " + column + "=…, not inside the files"
                : "";
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# ")
                .append(def.name())
                .append(" (")
                .append(format)
                .append(" export)\n\n")
                .append(def.description())
                .append("\n\n");
        sb.append("- rows: ").append(rows).append('\n');
        sb.append("- exported at: ")
                .append(at)
                .append(" from ")
                .append(warehouse)
                .append('\n');
        sb.append("- filter: ")
                .append(where == null || where.isBlank() ? "none" : "`" + where + "`")
                .append('\n');
        sb.append("- partitioned by: ")
                .append(
                        partitions.isEmpty()
                                ? "nothing (plain files)"
                                : String.join(", ", partitions) + " (Hive-style folders: " + partitions.get(0) + "=…/)")
                .append('\n');
        sb.append("- key: ").append(String.join(", ", def.keyColumns())).append("\n\n");
        sb.append("| column | type | null | meaning | example |\n|---|---|---|---|---|\n");
        for (Column c : def.columns()) {
            String n = note(c.name(), partitions);
            sb.append("| `")
                    .append(c.name())
                    .append("` | ")
                    .append(exportedType(c, format))
                    .append(" | ")
                    .append(c.nullable() ? "yes" : "no")
                    .append(" | ")
                    .append(cell(c.comment() + (n.isEmpty() ? "" : ". " + n)))
                    .append(" | ")
                    .append(cell(c.example()))
                    .append(" |\n");
        }
        if (partitions.contains(ExportCommand.PUBLISHED_MONTH)) {
            sb.append("| `")
                    .append(ExportCommand.PUBLISHED_MONTH)
                    .append("` | string | yes | ")
                    .append(cell(note(ExportCommand.PUBLISHED_MONTH, partitions)))
                    .append(" | 2023-06 |\n");
        }
        return sb.toString();
    }

    public String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("table", def.name());
        m.put("layer", def.layer());
        m.put("description", def.description());
        m.put("format", format);
        m.put("rows", rows);
        m.put("exported_at", at.toString());
        m.put("warehouse", warehouse);
        m.put("filter", where);
        m.put("partitioned_by", partitions);
        m.put("key", def.keyColumns());
        List<Map<String, Object>> cols = new ArrayList<>();
        for (Column c : def.columns()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("name", c.name());
            cm.put("type", exportedType(c, format));
            cm.put("nullable", c.nullable());
            cm.put("comment", c.comment());
            cm.put("example", c.example());
            String n = note(c.name(), partitions);
            if (!n.isEmpty()) {
                cm.put("note", n);
            }
            cols.add(cm);
        }
        if (partitions.contains(ExportCommand.PUBLISHED_MONTH)) {
            cols.add(Map.of(
                    "name",
                    ExportCommand.PUBLISHED_MONTH,
                    "type",
                    "string",
                    "nullable",
                    true,
                    "comment",
                    note(ExportCommand.PUBLISHED_MONTH, partitions),
                    "example",
                    "2023-06"));
        }
        m.put("columns", cols);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
