package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.tables.Column;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Tables;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportDictionaryTest {
    private static final Instant AT = Instant.parse("2024-03-01T02:00:00Z");

    @ParameterizedTest
    @CsvSource({
        "pages, ingest_date",
        "documents, published_month",
        "region_mentions, published_month",
        "metrics, published_month",
        "region_timeline, granularity",
        "region_comention, granularity",
        "metric_timeline, granularity",
        "runs, ''",
        "rejects, ''"
    })
    void partitionsLikeTheTableOrByPublicationMonth(String table, String expected) {
        assertThat(ExportCommand.partitionColumns(Tables.byName(table)))
                .isEqualTo(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "documents, flags, csv, string (array<string> joined with |)",
        "documents, flags, parquet, array<string>",
        "pages, raw, csv, string (base64 of binary)",
        "documents, published_date, csv, date"
    })
    void describesColumnsAsTheyAreWritten(String table, String column, String format, String expected) {
        Column c = Tables.byName(table).columns().stream()
                .filter(x -> x.name().equals(column))
                .findFirst()
                .orElseThrow();

        assertThat(ExportDictionary.exportedType(c, format)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"region_timeline, csv", "documents, parquet", "pages, csv", "runs, parquet"})
    void carriesEveryColumnCommentIntoBothSidecars(String table, String format) throws Exception {
        var def = Tables.byName(table);
        var parts = ExportCommand.partitionColumns(def);
        String md = new ExportDictionary(def, format, parts, "granularity = 'month'", 42, "/w", AT).markdown();
        JsonNode json = new ObjectMapper()
                .readTree(new ExportDictionary(def, format, parts, "granularity = 'month'", 42, "/w", AT).json());

        for (Column c : def.columns()) {
            assertThat(md).contains("`" + c.name() + "`").contains(c.comment().replace("|", "\\|"));
        }
        assertThat(json.get("table").asText()).isEqualTo(table);
        assertThat(json.get("rows").asLong()).isEqualTo(42);
        assertThat(json.get("columns")).hasSize(def.columns().size() + (parts.contains("published_month") ? 1 : 0));
        assertThat(json.get("columns").get(0).get("comment").asText())
                .isEqualTo(def.columns().get(0).comment());
        assertThat(md).contains("`granularity = 'month'`").contains("rows: 42");
    }

    @ParameterizedTest
    @CsvSource({"published_month, Added by the export", "story_id, ''"})
    void explainsTheAddedPartitionColumn(String column, String expected) {
        String note = ExportDictionary.note(column, ExportCommand.partitionColumns(Documents.DEF));

        assertThat(note).startsWith(expected);
    }
}
