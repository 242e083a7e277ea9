package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.codes.Stage;
import io.regionpulse.stages.Reprocess;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** reprocess options: a mistake is one line and exit 2, before any Spark session starts. */
class ReprocessCommandTest {
    static Reprocess.Request parse(String... args) {
        ReprocessCommand c = new ReprocessCommand();
        new CommandLine(c).parseArgs(args);
        return c.request();
    }

    @Test
    void defaultsAreBothStagesEveryDateEveryDocument() {
        Reprocess.Request r = parse();
        assertThat(r.stages()).containsExactly(Stage.CLEAN, Stage.EXTRACT);
        assertThat(r.from()).isNull();
        assertThat(r.to()).isNull();
        assertThat(r.byIngestDate()).isFalse();
        assertThat(r.onlyOutdated()).isFalse();
    }

    @Test
    void optionsBecomeTheRequestWithStagesInPipelineOrder() {
        Reprocess.Request r = parse(
                "--stages",
                "extract,clean",
                "--from",
                "2024-01-01",
                "--to",
                "2024-03-31",
                "--by",
                "ingest",
                "--only-outdated");
        assertThat(r.stages()).containsExactly(Stage.CLEAN, Stage.EXTRACT);
        assertThat(r.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(r.to()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(r.byIngestDate()).isTrue();
        assertThat(r.onlyOutdated()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--stages=dedup|reprocess stages are clean and extract, got 'dedup'",
                "--from=2024-13-01|--from takes a date YYYY-MM-DD, got '2024-13-01'",
                "--by=fetched|--by takes published or ingest, got 'fetched'",
            })
    void aMistakeIsOneLineAndExitTwo(String option, String message) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("reprocess", option, "--warehouse", "/nonexistent/warehouse");
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("regionpulse: " + message);
    }

    @Test
    void fromAfterToIsAMistake() {
        assertThat(Main.run("reprocess", "--from", "2024-03-02", "--to", "2024-03-01"))
                .isEqualTo(Main.USAGE);
    }

    @Test
    void aMissingWarehouseIsAMistake() {
        assertThat(Main.run("reprocess", "--warehouse", "/nonexistent/warehouse", "--dry-run"))
                .isEqualTo(Main.USAGE);
    }
}
