package io.regionpulse.stages;

import io.regionpulse.codes.Stage;
import java.io.PrintStream;

/** Progress of a stage that works in batches (reprocess): called after each committed batch. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, batch, batches, done, total) -> {};

    void done(Stage stage, int batch, int batches, long done, long total);

    /** One line per batch with the documents done and an estimate of the time left. */
    static Progress printing(PrintStream out) {
        long start = System.nanoTime();
        return (stage, batch, batches, done, total) -> {
            double secs = (System.nanoTime() - start) / 1e9;
            double left = done == 0 ? 0 : secs * (total - done) / done;
            out.printf(
                    "%-9s batch %d/%d: %,d/%,d documents, %.0fs, ~%.0fs left%n",
                    stage.code(), batch, batches, done, total, secs, left);
        };
    }
}
