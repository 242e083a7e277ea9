package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.config.UserError;
import io.regionpulse.jobs.Main;
import io.regionpulse.jobs.WarehousePath;
import io.regionpulse.warehouse.Errors;
import io.regionpulse.warehouse.RunLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every user-facing failure is one line with the right exit code; the pieces behind it, case by case. */
class FailureReportingTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "message starting with a newline | \\n[PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. (line 1, pos 0)\\n\\n== SQL ==\\nSELEC 1 | [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. (line 1, pos 0)",
                "blank lines and indentation     | \\n  \\n   Path does not exist: file:/x\\nmore                              | Path does not exist: file:/x",
                "one line                        | Table not found                                                                             | Table not found",
            })
    void firstNonEmptyLine(String name, String message, String expected) {
        assertThat(Errors.firstLine(new RuntimeException(message.replace("\\n", "\n"))))
                .isEqualTo(expected);
    }

    @Test
    void anExceptionWithoutMessageIsItsClass() {
        assertThat(Errors.firstLine(new NullPointerException())).isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void concurrentWritesAreRecognisedAnywhereInTheCauseChain() {
        RuntimeException delta = new io.delta.exceptions.ConcurrentAppendException(
                "[DELTA_CONCURRENT_APPEND] ConcurrentAppendException: Files were added to the root of the table by a concurrent update.");
        RuntimeException wrapped = new RuntimeException("job aborted", delta);
        assertThat(Errors.isConcurrentWrite(wrapped)).isTrue();
        assertThat(Main.exitCode(wrapped)).isEqualTo(Main.FAILED);
        assertThat(Main.message(wrapped))
                .startsWith("another run wrote the same warehouse table at the same time")
                .contains("DELTA_CONCURRENT_APPEND")
                .doesNotContain("\n");
        assertThat(Errors.isConcurrentWrite(new RuntimeException("boom"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "user error              | USER    | 2",
                "permission on a path    | ACCESS  | 2",
                "a bug                   | BUG     | 1",
                "a checked Spark failure | CHECKED | 1",
            })
    void exitCodes(String name, String kind, int code) {
        Throwable e =
                switch (kind) {
                    case "USER" -> new UserError("input not found: /x");
                    case "ACCESS" -> new RuntimeException(new java.nio.file.AccessDeniedException("/w/pages"));
                    case "BUG" -> new IllegalStateException("oops\nat line two");
                    default -> new org.apache.spark.SparkException("Job aborted.\nstage failure");
                };
        assertThat(Main.exitCode(e)).as(name).isEqualTo(code);
        assertThat(Main.message(e)).as(name).doesNotContain("\n");
    }

    @Test
    void aWarehouseThatIsAFileOrUnwritableNamesThePathAndReason() throws IOException {
        Path file = Files.writeString(tmp.resolve("wh-file"), "x");
        assertThatThrownBy(() -> WarehousePath.checkWritable(file.toString()))
                .isInstanceOf(UserError.class)
                .hasMessage("warehouse " + file + " is a file, not a folder");
        assertThatThrownBy(
                        () -> WarehousePath.checkWritable(file.resolve("below").toString()))
                .hasMessageContaining(file + " is a file, not a folder");
        assertThatThrownBy(() -> WarehousePath.checkReadable(file.toString())).hasMessageContaining("is a file");
        Path locked = Files.createDirectory(tmp.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (!Files.isWritable(locked)) { // root can write anywhere: nothing to check then
                assertThatThrownBy(() -> WarehousePath.checkWritable(locked.toString()))
                        .hasMessage("warehouse " + locked + " is not writable (permission denied)");
                assertThatThrownBy(() -> WarehousePath.checkWritable(
                                locked.resolve("new/wh").toString()))
                        .hasMessageContaining("cannot create warehouse")
                        .hasMessageContaining(locked + " is not writable");
            }
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        WarehousePath.checkWritable(tmp.resolve("fresh/warehouse").toString()); // creatable: fine
        WarehousePath.checkWritable("s3a://bucket/warehouse"); // not local: left to its filesystem
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "same process,                  me,            0, false",
        "dead pid on this host,         dead,          0, true",
        "live pid on this host,         live,          0, false",
        "other host recent,             other,         1, false",
        "other host a day and more old, other,         25, true",
        "no driver recorded recent,     none,          1, false",
        "no driver recorded old,        none,          25, true",
    })
    void aRunningRowIsAbandonedWhenItsProcessIsGone(String name, String who, int hoursAgo, boolean gone)
            throws Exception {
        String me = RunLog.driver();
        String host = me.substring(me.indexOf('@') + 1);
        String driver =
                switch (who) {
                    case "me" -> me;
                    case "dead" -> {
                        Process p = new ProcessBuilder("true").start();
                        p.waitFor();
                        yield p.pid() + "@" + host;
                    }
                    case "live" -> ProcessHandle.current()
                                    .parent()
                                    .map(ProcessHandle::pid)
                                    .orElse(1L) + "@" + host;
                    case "other" -> "123@some-other-host";
                    default -> null;
                };
        Instant now = Instant.now();
        assertThat(RunLog.isGone(driver, me, now.minus(Duration.ofHours(hoursAgo)), now))
                .as(name)
                .isEqualTo(gone);
    }
}
