package io.regionpulse.text;

import io.regionpulse.nlp.HanlpScriptConverter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures cleaner throughput as thread CPU time (wall time on a shared machine means nothing):
 * every {@code .html} under a folder, cleaned {@code reps} times after a warm-up. Not a test;
 * run by hand, see docs/quality.md.
 *
 * <p>{@code java -cp <test-classes>:<classes>:<deps> io.regionpulse.text.CleanerThroughput ../shared/dev/html-gne-pages/tests 5}
 */
public final class CleanerThroughput {
    private CleanerThroughput() {}

    public static void main(String[] args) throws Exception {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".html")).sorted().toList()) {
                pages.add(Files.readAllBytes(p));
            }
        }
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
        long bytes = 0;
        for (byte[] b : pages) {
            bytes += b.length;
        }
        for (int w = 0; w < 3; w++) {
            cleanAll(cleaner, pages);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        for (int r = 0; r < reps; r++) {
            cleanAll(cleaner, pages);
        }
        double sec = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        System.out.printf(
                "pages=%d avg_kb=%.0f reps=%d cpu_s=%.2f pages_per_cpu_s=%.1f mb_per_cpu_s=%.1f%n",
                pages.size(),
                bytes / 1024.0 / pages.size(),
                reps,
                sec,
                pages.size() * reps / sec,
                bytes * reps / sec / 1e6);
    }

    private static void cleanAll(PageCleaner cleaner, List<byte[]> pages) {
        for (byte[] b : pages) {
            cleaner.clean(new PageInput("p", "bench", 0, null, "html", Charsets.sniff(b, null), b, null));
        }
    }
}
