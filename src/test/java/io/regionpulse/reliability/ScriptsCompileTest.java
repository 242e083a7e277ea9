package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scheduling examples and the benchmark/cluster scripts at least parse. */
class ScriptsCompileTest {
    static final Path PROJECT = Path.of(System.getProperty("rp.project.dir", "."));

    @TempDir
    Path tmp;

    static int exec(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
        return p.exitValue();
    }

    static boolean has(String tool) {
        try {
            return new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start()
                    .waitFor(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jobs/airflow_dag.py",
                "jobs/lib/bench_report.py",
                "jobs/lib/jfr_top.py",
                "jobs/lib/jstack_top.py",
                "jobs/lib/stage_cpu.py"
            })
    void pythonFileCompiles(String file) throws Exception {
        Assumptions.assumeTrue(has("python3"), "python3 not installed");
        // py_compile into a temp file: no __pycache__ in the project.
        exec(List.of(
                "python3",
                "-c",
                "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                PROJECT.resolve(file).toString(),
                tmp.resolve("out.pyc").toString()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jobs/bench.sh",
                "jobs/nightly.sh",
                "jobs/cluster/start.sh",
                "jobs/cluster/stop.sh",
                "jobs/cluster/spark-submit",
                "jobs/cluster/env.sh",
                "jobs/pipeline.sh",
                "jobs/maintain.sh",
                "jobs/reprocess.sh",
                "jobs/generate-corpus.sh",
                "jobs/lib/common.sh"
            })
    void shellScriptParses(String file) throws Exception {
        exec(List.of("bash", "-n", PROJECT.resolve(file).toString()));
    }

    @Test
    void dagTurnsNothingToDoIntoASkippedTask() throws Exception {
        String dag = Files.readString(PROJECT.resolve("jobs/airflow_dag.py"));
        assertThat(dag)
                .contains("NOTHING_TO_DO = 3", "skip_on_exit_code=NOTHING_TO_DO", "jobs/nightly.sh --date {{ ds }}");
    }

    @Test
    void cronEntryTreatsExitThreeAsSuccess() throws Exception {
        String cron = Files.readString(PROJECT.resolve("jobs/cron.example"));
        assertThat(cron).contains("jobs/nightly.sh --date", "[ $rc -eq 3 ]");
    }
}
