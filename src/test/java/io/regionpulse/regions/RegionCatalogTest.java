package io.regionpulse.regions;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.RegionLevel;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCatalogTest {
    static final List<RegionCatalog.Entry> ROWS = RegionCatalog.of(MatcherFixture.GAZETTEER);
    static final Map<String, RegionCatalog.Entry> BY_CODE =
            ROWS.stream().collect(Collectors.toMap(RegionCatalog.Entry::code, Function.identity()));

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            textBlock =
                    """
      320583 | 昆山市   | 昆山   | county   | 苏州市 | 320500 | 江苏省 | ''
      120000 | 天津市   | 天津   | province | null   | null   | 天津市 | CL-BH CL-JJJ MR-E
      440300 | 深圳市   | 深圳   | city     | 广东省 | null   | 广东省 | CL-GBA CL-PRD
      CL-JJJ | 京津冀   | 京津冀 | cluster  | null   | null   | null   | ''
      """)
    void everyRegionWithNamesParentsAndGroups(
            String code,
            String name,
            String shortName,
            String level,
            String parentName,
            String prefecture,
            String provinceName,
            String groups) {
        RegionCatalog.Entry e = BY_CODE.get(code);
        assertThat(e.name()).isEqualTo(name);
        assertThat(e.shortName()).isEqualTo(shortName);
        assertThat(e.level()).isEqualTo(RegionLevel.of(level));
        assertThat(e.parentName()).isEqualTo(parentName);
        assertThat(e.prefectureCode()).isEqualTo(prefecture);
        assertThat(e.provinceName()).isEqualTo(provinceName);
        assertThat(String.join(" ", e.groupCodes())).isEqualTo(groups);
    }

    @Test
    void oneRowPerRegionSortedByCode() {
        assertThat(ROWS).hasSize(MatcherFixture.GAZETTEER.regions().size());
        assertThat(ROWS).isSortedAccordingTo(java.util.Comparator.comparing(RegionCatalog.Entry::code));
        assertThat(ROWS.stream().filter(e -> e.level() == RegionLevel.COUNTY)).hasSizeGreaterThan(2800);
    }
}
