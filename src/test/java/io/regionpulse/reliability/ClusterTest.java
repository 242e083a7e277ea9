package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real Spark standalone cluster on this machine: {@code jobs/cluster/start.sh} starts a master
 * and two workers (separate JVMs from the Spark jars), {@code jobs/pipeline.sh --master spark://}
 * submits the cluster jar through {@code spark-submit}, and the tables equal those of a
 * {@code local[2]} run of the same day (counts and key sets).
 *
 * <p>Needs the packaged cluster jar in the build folder ({@code mvn -Drp.buildDir=X -DskipTests
 * package} first); skipped when it is missing.
 */
@Tag("slow")
class ClusterTest {
    static final Path PROJECT =
            Path.of(System.getProperty("rp.project.dir", ".")).toAbsolutePath();
    static Path root;
    static Map<String, String> env;

    /** The build folder this test runs from: {@code <buildDir>/test-classes/..}. */
    static Path buildDir() throws Exception {
        return Path.of(ClusterTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .getParent();
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Path build = buildDir();
        Path clusterJar = build.resolve("regionpulse-0.1.0-cluster.jar");
        boolean packaged = Files.exists(clusterJar) && Files.exists(build.resolve("classpath.txt"));
        String missing = "no cluster jar in " + build + ": run mvn -Drp.buildDir=" + build.getFileName()
                + " -DskipTests package first";
        // jobs/test-slow.sh (and so CI) packages first and sets rp.cluster.required: no silent skip there.
        if (Boolean.getBoolean("rp.cluster.required")) {
            assertThat(packaged).as(missing).isTrue();
        }
        Assumptions.assumeTrue(packaged, missing);
        root = Files.createTempDirectory("rp-cluster-test");
        // A private launcher folder dated a day ahead: the scripts use these jars and do not rebuild
        // the project in the middle of a test when sources change under a shared checkout.
        Path launcher = Files.createDirectories(root.resolve("launcher"));
        FileTime ahead = FileTime.from(Instant.now().plus(1, ChronoUnit.DAYS));
        for (String f : List.of("regionpulse-0.1.0.jar", "regionpulse-0.1.0-cluster.jar", "classpath.txt")) {
            Path to = launcher.resolve(f);
            Files.copy(build.resolve(f), to, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(to, ahead);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        env = Map.of(
                "RP_TARGET",
                launcher.toString(),
                "RP_CLUSTER_DIR",
                root.resolve("cluster").toString(),
                "RP_CLUSTER_PORT",
                String.valueOf(port),
                "RP_SUBMIT_OPTS",
                // the test JVM's Spark settings (the pom's rp.test.spark.opts) for the submitted driver and executors
                "--executor-memory 1g"
                        + Jvm.sparkSettings().stream()
                                .map(kv -> " --conf " + kv)
                                .collect(Collectors.joining()),
                "RP_DRIVER_MEMORY",
                "2g");
        int code = script(
                List.of("jobs/cluster/start.sh", "--workers", "2", "--cores", "1", "--memory", "1500m"), "start", 6);
        assertThat(code).as(log("start")).isZero();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (env != null) {
            script(List.of("jobs/cluster/stop.sh"), "stop", 2);
        }
    }

    static int script(List<String> cmd, String name, int minutes) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(
                        Stream.concat(Stream.of("bash"), cmd.stream()).toList())
                .directory(PROJECT.toFile())
                .redirectOutput(root.resolve(name + ".out").toFile())
                .redirectError(root.resolve(name + ".err").toFile());
        pb.environment().putAll(env);
        pb.environment().remove("SPARK_HOME");
        Process p = pb.start();
        if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            return -1;
        }
        return p.exitValue();
    }

    static String log(String name) {
        try {
            return Jvm.tail(Files.readString(root.resolve(name + ".out"), StandardCharsets.UTF_8), 10) + "\n"
                    + Jvm.tail(Files.readString(root.resolve(name + ".err"), StandardCharsets.UTF_8), 40);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Test
    void pipelineOnTheClusterWritesTheSameTablesAsLocal() throws Exception {
        SaltedCrawl crawl = SaltedCrawl.get();
        assertThat(crawl.nightly.exit())
                .as(Jvm.tail(crawl.nightly.stderr(), 40))
                .isZero();
        Path warehouse = root.resolve("cluster-warehouse");
        String master = "spark://127.0.0.1:" + env.get("RP_CLUSTER_PORT");
        List<String> cmd = new java.util.ArrayList<>(List.of("jobs/pipeline.sh"));
        cmd.addAll(crawl.pipelineArgs(warehouse, master)
                .subList(1, crawl.pipelineArgs(warehouse, master).size()));
        int code = script(cmd, "pipeline", 30);
        assertThat(code).as(log("pipeline")).isZero();

        // Both workers ran an executor of the application.
        for (String w : List.of("worker-1", "worker-2")) {
            try (Stream<Path> apps = Files.list(root.resolve("cluster/work").resolve(w))) {
                assertThat(apps.filter(p -> p.getFileName().toString().startsWith("app-"))
                                .toList())
                        .as(w + " executors")
                        .isNotEmpty();
            }
        }
        Map<String, TableKeys.Table> local = TableKeys.of(crawl.reference);
        Map<String, TableKeys.Table> cluster = TableKeys.of(warehouse);
        assertThat(cluster.keySet()).isEqualTo(local.keySet());
        for (String table : local.keySet()) {
            assertThat(cluster.get(table).rows())
                    .as(table + " rows")
                    .isEqualTo(local.get(table).rows());
            assertThat(cluster.get(table).keys())
                    .as(table + " keys")
                    .isEqualTo(local.get(table).keys());
        }
    }
}
