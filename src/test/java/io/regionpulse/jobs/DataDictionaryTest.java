package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.tables.Column;
import io.regionpulse.tables.Tables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-dictionary.md is generated from the contracts; a contract change without it fails here. */
class DataDictionaryTest {
    static final Path PROJECT = Path.of(System.getProperty("rp.project.dir", "."));

    @Test
    void committedDictionaryMatchesTheContracts() throws Exception {
        String committed = Files.readString(PROJECT.resolve("docs/data-dictionary.md"), StandardCharsets.UTF_8);
        assertThat(committed)
                .as(
                        "docs/data-dictionary.md is stale: regenerate it with jobs/sql.sh --dictionary > docs/data-dictionary.md")
                .isEqualTo(DataDictionary.markdown());
    }

    @Test
    void everyCodedColumnListsItsAllowedValues() {
        String md = DataDictionary.markdown();
        for (var t : Tables.everything()) {
            for (Column c : t.columns()) {
                if (c.coded()) {
                    assertThat(md).contains("Allowed values of `" + c.name() + "`");
                    c.allowedCodes().forEach(code -> assertThat(md).contains("- `" + code + "`: "));
                }
            }
        }
    }
}
