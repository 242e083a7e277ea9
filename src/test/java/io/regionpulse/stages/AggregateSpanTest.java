package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AggregateSpanTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                // published dates of changed documents | [from, to) of the documents that can fall in their periods
                "2024-03-13            | 2024-03-01 2024-04-01", // its month
                "2024-03-01            | 2024-02-26 2024-04-01", // a Friday: its week starts in February
                "2024-03-31            | 2024-03-01 2024-04-01", // a Sunday: its week ends in the month
                "2024-02-27 2024-04-02 | 2024-02-01 2024-05-01",
                "none                  | none"
            })
    void coversEveryAffectedPeriod(String dates, String span) {
        Set<LocalDate> ds = new TreeSet<>();
        if (dates != null) {
            Arrays.stream(dates.strip().split("\\s+")).map(LocalDate::parse).forEach(ds::add);
        }
        LocalDate[] got = AggregateJob.span(AggregateJob.affectedPeriods(ds));

        assertThat(got == null ? null : got[0] + " " + got[1]).isEqualTo(span == null ? null : span.strip());
    }
}
