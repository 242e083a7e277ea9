package io.regionpulse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressLogTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "0   | 200 | 30   | progress: stage 7 (save at Warehouse.java:97) 0/200 tasks (0%), running 30s",
                "50  | 200 | 65   | progress: stage 7 (save at Warehouse.java:97) 50/200 tasks (25%), running 1m05s, ~3m15s left",
                "200 | 200 | 4000 | progress: stage 7 (save at Warehouse.java:97) 200/200 tasks (100%), running 1h06m"
            })
    void describesAStageAPersonCanRead(int done, int tasks, long seconds, String expected) {
        assertThat(ProgressLog.line(7, "save at Warehouse.java:97", done, tasks, Duration.ofSeconds(seconds)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0s", "59, 59s", "60, 1m00s", "3599, 59m59s", "3600, 1h00m", "7322, 2h02m"})
    void formatsDurationsCompactly(long seconds, String expected) {
        assertThat(ProgressLog.human(Duration.ofSeconds(seconds))).isEqualTo(expected);
    }
}
