package io.regionpulse.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keeps the split honest: the pure packages never import Spark, and only nlp/ imports HanLP,
 * so text, region and metric rules can be tested and reused without a cluster.
 */
class PackageBoundariesTest {
    static final Path SRC = Path.of(System.getProperty("rp.project.dir", ".")).resolve("src/main/java/io/regionpulse");

    @ParameterizedTest(name = "{0} does not import {1}")
    @CsvSource({
        "text, org.apache.spark",
        "text, com.hankcs",
        "ingest, org.apache.spark",
        "ingest, com.hankcs",
        "regions, org.apache.spark",
        "regions, com.hankcs",
        "metrics, org.apache.spark",
        "metrics, com.hankcs",
        "analysis, org.apache.spark",
        "nlp, org.apache.spark",
    })
    void purePackagesStayPure(String pkg, String forbidden) throws IOException {
        Path dir = SRC.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> offenders;
        try (Stream<Path> files = Files.walk(dir)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> importsFrom(p, forbidden))
                    .map(p -> SRC.relativize(p).toString())
                    .toList();
        }
        assertThat(offenders).as("files in %s importing %s", pkg, forbidden).isEmpty();
    }

    @ParameterizedTest(name = "only the launcher builds a SparkSession ({0})")
    @CsvSource({"aggregate", "dedup", "tables", "analysis"})
    void onlyTheLauncherBuildsSessions(String pkg) throws IOException {
        Path dir = SRC.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> read(p).contains("SparkSession.builder()"))
                            .toList())
                    .isEmpty();
        }
    }

    private static boolean importsFrom(Path p, String prefix) {
        return read(p).lines()
                .anyMatch(l -> l.startsWith("import " + prefix) || l.startsWith("import static " + prefix));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
