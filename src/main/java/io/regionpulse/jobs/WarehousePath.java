package io.regionpulse.jobs;

import io.regionpulse.config.UserError;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a local warehouse folder before Spark starts, so that a path that is a file or a folder
 * that cannot be written is one line naming the path and the reason (exit 2) instead of a trace.
 * URIs ({@code hdfs://}, {@code s3a://}) are left to their filesystem.
 */
public final class WarehousePath {
    private WarehousePath() {}

    /** For commands that write: the folder (or the nearest existing parent) must be a writable folder. */
    public static void checkWritable(String warehouse) {
        Path p = local(warehouse);
        if (p == null) {
            return;
        }
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw new UserError(
                    existing.equals(p)
                            ? "warehouse " + p + " is a file, not a folder"
                            : "cannot create warehouse " + p + ": " + existing + " is a file, not a folder");
        }
        if (!Files.isWritable(existing) || !Files.isExecutable(existing)) {
            throw new UserError(
                    existing.equals(p)
                            ? "warehouse " + p + " is not writable (permission denied)"
                            : "cannot create warehouse " + p + ": " + existing
                                    + " is not writable (permission denied)");
        }
    }

    /** For commands that only read: the folder must be a readable folder. */
    public static void checkReadable(String warehouse) {
        Path p = local(warehouse);
        if (p == null || !Files.exists(p)) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new UserError("warehouse " + p + " is a file, not a folder");
        }
        if (!Files.isReadable(p) || !Files.isExecutable(p)) {
            throw new UserError("warehouse " + p + " is not readable (permission denied)");
        }
    }

    static Path local(String warehouse) {
        if (warehouse == null) {
            return null;
        }
        String w = warehouse;
        if (w.startsWith("file:")) {
            w = w.replaceFirst("^file:(//)?", "");
        } else if (w.contains("://")) {
            return null;
        }
        return Path.of(w).toAbsolutePath().normalize();
    }
}
