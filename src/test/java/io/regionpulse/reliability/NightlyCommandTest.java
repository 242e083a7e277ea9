package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.jobs.Main;
import io.regionpulse.jobs.NightlyCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nightly command's contract with a scheduler, for the cases decided before Spark starts. */
class NightlyCommandTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "crawl/{date}                 | 2024-03-01 | crawl/2024-03-01",
                "/data/crawl/{yyyy}/{MM}/{dd} | 2024-03-09 | /data/crawl/2024/03/09",
                "s3a://news/crawl/dt={date}/  | 2023-12-31 | s3a://news/crawl/dt=2023-12-31/",
                "/fixed/folder                | 2024-03-01 | /fixed/folder"
            })
    void fillsTheDayIntoTheInputPattern(String pattern, String day, String expected) {
        assertThat(NightlyCommand.inputFor(pattern, LocalDate.parse(day))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"--date 2024-13-01", "--date yesterday", "--date 2024-03-01 --bogus", "--warehouse /tmp/x"})
    void badArgumentsAreAUsageError(String args) {
        assertThat(Main.run(concat("nightly", args.split(" ")))).isEqualTo(Main.USAGE);
    }

    @Test
    void missingDayFolderIsNothingToDoWithOneSummaryLine() {
        Captured c = nightly(tmp.resolve("crawl") + "/{date}");
        assertThat(c.exit).isEqualTo(Main.NOTHING_TO_DO);
        assertThat(c.lines).hasSize(1);
        assertThat(c.lines.get(0))
                .startsWith("nightly 2024-03-01: nothing to do")
                .contains(tmp.resolve("crawl").toString());
    }

    @Test
    void dayFolderWithOnlyHiddenFilesIsNothingToDo() throws Exception {
        Path day = Files.createDirectories(tmp.resolve("crawl/2024-03-01"));
        Files.writeString(day.resolve(".crawler-state"), "x");
        Files.writeString(day.resolve("_SUCCESS"), "");
        Captured c = nightly(tmp.resolve("crawl") + "/{date}");
        assertThat(c.exit).isEqualTo(Main.NOTHING_TO_DO);
        assertThat(c.lines).singleElement().asString().contains("no input files");
    }

    record Captured(int exit, List<String> lines) {}

    static Captured nightly(String pattern) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            exit = Main.run("nightly", "--date", "2024-03-01", "--set", "regionpulse.nightly.input-pattern=" + pattern);
        } finally {
            System.setOut(old);
        }
        return new Captured(
                exit,
                buf.toString(StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .toList());
    }

    static String[] concat(String first, String[] rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(List.of(rest));
        return all.toArray(new String[0]);
    }
}
