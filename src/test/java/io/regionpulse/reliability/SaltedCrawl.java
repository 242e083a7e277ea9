package io.regionpulse.reliability;

import io.regionpulse.gen.CorpusGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One small generated crawl day salted with every kind of broken input, laid out as the nightly
 * job expects ({@code crawl/2024-03-01/{pages,jsonl,warc,bad}}), and the warehouse a from-scratch
 * {@code nightly} run leaves: the reference that the crash and cluster tests compare against.
 * Built once per test JVM.
 */
final class SaltedCrawl {
    static final String DAY = "2024-03-01";
    /** Oversize pages are small here (300 kB) so the limit is lowered to 200 kB. */
    static final List<String> SETTINGS = List.of("--set", "regionpulse.ingest.max-record-bytes=200000");

    final Path root;
    final Path corpus;
    final Path dayFolder;
    final Path truth;
    final Path reference;
    final Path logs;
    final Jvm.Result nightly;

    private static SaltedCrawl instance;

    private SaltedCrawl(Path root) throws IOException, InterruptedException {
        this.root = root;
        this.corpus = root.resolve("generated");
        this.logs = root.resolve("logs");
        int code = CorpusGenerator.run(
                "--docs",
                "48",
                "--out",
                corpus.toString(),
                "--seed",
                "11",
                "--bad-ratio",
                "0.17",
                "--oversize-bytes",
                "300000",
                "--threads",
                "1");
        if (code != 0) {
            throw new IllegalStateException("corpus generator exited " + code);
        }
        this.truth = corpus.resolve("truth.jsonl");
        this.dayFolder = root.resolve("crawl").resolve(DAY);
        Files.createDirectories(dayFolder);
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path p : s.filter(Files::isDirectory).toList()) {
                Files.move(p, dayFolder.resolve(p.getFileName().toString()));
            }
        }
        this.reference = root.resolve("reference-warehouse");
        this.nightly = Jvm.run(logs, "reference-nightly", 60, nightlyArgs(reference));
    }

    static synchronized SaltedCrawl get() throws IOException, InterruptedException {
        if (instance == null) {
            instance = new SaltedCrawl(Files.createTempDirectory("rp-reliability"));
        }
        return instance;
    }

    /**
     * The run id of the reference nightly, from its summary line ({@code ..., run run-...}). Other
     * tests may run again against the reference warehouse (a rerun that has nothing to do still
     * writes its rows to {@code runs}), so checks of the reference run select it by id.
     */
    String referenceRunId() {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\\brun (run-\\S+)").matcher(nightly.stdout());
        if (!m.find()) {
            throw new IllegalStateException("no run id in the nightly summary: " + nightly.stdout());
        }
        return m.group(1);
    }

    List<String> nightlyArgs(Path warehouse) {
        List<String> a = new ArrayList<>(List.of(
                "nightly",
                "--date",
                DAY,
                "--warehouse",
                warehouse.toString(),
                "--master",
                "local[2]",
                "--set",
                "regionpulse.nightly.input-pattern=" + root.resolve("crawl") + "/{date}"));
        a.addAll(SETTINGS);
        return a;
    }

    /** The same day through {@code pipeline} (every stage), into another warehouse. */
    List<String> pipelineArgs(Path warehouse, String master) {
        List<String> a = new ArrayList<>(List.of(
                "pipeline",
                "--input",
                dayFolder.toString(),
                "--warehouse",
                warehouse.toString(),
                "--master",
                master,
                "--quiet"));
        a.addAll(SETTINGS);
        return a;
    }
}
