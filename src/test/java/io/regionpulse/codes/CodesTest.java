package io.regionpulse.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stored strings are a table contract: renaming a constant must fail here first. */
class CodesTest {
    @Test
    void rejectReasonsKeepTheirStrings() {
        assertThat(Code.codes(RejectReason.class))
                .containsExactly(
                        "empty_input",
                        "binary",
                        "too_large",
                        "bad_encoding",
                        "malformed_record",
                        "unsupported_format",
                        "not_a_page",
                        "unreadable",
                        "not_chinese",
                        "empty_after_cleaning",
                        "cleaner_error");
    }

    @Test
    void stagesKeepTheirStringsInPipelineOrder() {
        assertThat(Code.codes(Stage.class)).containsExactly("ingest", "clean", "dedup", "extract", "aggregate");
    }

    @Test
    void runStatusesKeepTheirStrings() {
        assertThat(Code.codes(RunStatus.class))
                .containsExactly("succeeded", "nothing_to_do", "failed", "running", "abandoned");
    }

    @Test
    void metricCodesKeepTheirStrings() {
        assertThat(Code.codes(Qualifier.class))
                .containsExactly("exact", "approx", "more_than", "at_least", "less_than", "at_most");
        assertThat(Code.codes(Change.class)).containsExactly("level", "increase", "decrease");
        assertThat(Code.codes(Comparison.class)).containsExactly("yoy", "mom");
        assertThat(Code.codes(Scope.class)).containsExactly("region", "national", "foreign", "none");
        assertThat(Code.codes(RegionLink.class))
                .containsExactly(
                        "clause_subject",
                        "fenbie_list",
                        "same_quantity",
                        "national_marker",
                        "foreign_marker",
                        "several_regions",
                        "sentence",
                        "context",
                        "story",
                        "none");
    }

    @Test
    void regionLevelsAndMatchTypesKeepTheirStrings() {
        assertThat(Code.codes(RegionLevel.class))
                .containsExactly("province", "city", "county", "district", "zone", "cluster", "macro_region");
        assertThat(Code.codes(MatchType.class))
                .containsExactly("full_name", "short_name", "abbreviation", "combined", "alias");
    }

    @Test
    void cleaningCodesKeepTheirStrings() {
        assertThat(Code.codes(DateSource.class)).containsExactly("metadata", "header", "body", "url", "fetched");
        assertThat(Code.codes(OriginalScript.class)).containsExactly("simplified", "traditional", "mixed");
        assertThat(Code.codes(CleanFlag.class))
                .containsExactly("pinyin_removed", "mojibake", "mojibake_repaired", "converted_t2s");
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                RejectReason.class,
                Stage.class,
                RunStatus.class,
                Qualifier.class,
                Change.class,
                Comparison.class,
                Scope.class,
                RegionLink.class,
                DateSource.class,
                OriginalScript.class,
                CleanFlag.class,
                RegionLevel.class,
                MatchType.class
            })
    <E extends Enum<E> & Code> void everyConstantSaysWhatItMeans(Class<E> type) {
        for (E e : type.getEnumConstants()) {
            assertThat(e.meaning()).as(e.name()).isNotBlank();
        }
    }

    @Test
    void parseFindsTheConstantByItsStoredString() {
        assertThat(Code.parse(RejectReason.class, "malformed_record")).isEqualTo(RejectReason.MALFORMED_RECORD);
        assertThat(Code.parse(Stage.class, "extract")).isEqualTo(Stage.EXTRACT);
    }

    @Test
    void parseRejectsAnUnknownStringNamingTheAllowedOnes() {
        assertThatThrownBy(() -> Code.parse(RunStatus.class, "done"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("succeeded");
        assertThat(List.of(Stage.values())).hasSize(5);
    }
}
