package io.regionpulse.reliability;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code io.regionpulse.jobs.Main} in a separate JVM with the test classpath (so that it can
 * be killed hard, and so that its {@code spark.stop()} and {@code System.exit} cannot touch the
 * test JVM's shared Spark session).
 */
final class Jvm {
    private Jvm() {}

    /** Exit code, stdout and stderr of a finished child. */
    record Result(int exit, String stdout, String stderr) {
        List<String> stdoutLines() {
            return stdout.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    /**
     * The command line: the test JVM's module openings, Spark settings ({@code -Dspark.*}, e.g. the
     * pom's {@code rp.test.spark.opts}) and log configuration, 2 GB heap.
     */
    static List<String> command(String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.add("-XX:+UseParallelGC");
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("--add-opens")
                    || a.startsWith("-Djdk.reflect")
                    || a.startsWith("-Dio.netty")
                    || a.startsWith("-Dspark.")) {
                cmd.add(a);
            }
        }
        String log4j = System.getProperty("log4j2.configurationFile");
        if (log4j != null) {
            cmd.add("-Dlog4j2.configurationFile=" + log4j);
        }
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    /** The test JVM's Spark settings ({@code -Dspark.key=value} on its command line) as {@code key=value}. */
    static List<String> sparkSettings() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Dspark."))
                .map(a -> a.substring(2))
                .toList();
    }

    /** Starts {@code Main args...}; stdout and stderr go to files in {@code logDir}. */
    static Process start(Path logDir, String name, List<String> args) throws IOException {
        Files.createDirectories(logDir);
        return new ProcessBuilder(command("io.regionpulse.jobs.Main", args))
                .redirectOutput(logDir.resolve(name + ".out").toFile())
                .redirectError(logDir.resolve(name + ".err").toFile())
                .start();
    }

    /** Runs {@code Main args...} to the end (at most {@code minutes}). */
    static Result run(Path logDir, String name, int minutes, List<String> args)
            throws IOException, InterruptedException {
        Process p = start(logDir, name, args);
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(
                    name + " did not finish in " + minutes + " min; log: " + logDir.resolve(name + ".err"));
        }
        return new Result(p.exitValue(), read(logDir.resolve(name + ".out")), read(logDir.resolve(name + ".err")));
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    /** The last lines of a log, for assertion messages. */
    static String tail(String log, int lines) {
        List<String> all = log.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
