package io.regionpulse.warehouse;

import java.util.Locale;

/** Turns exceptions into the one line a user sees, and recognises the kinds that need their own exit code. */
public final class Errors {
    private Errors() {}

    /** The first non-empty line of a message (Spark's parse errors start with a newline); the class name when there is none. */
    public static String firstLine(Throwable e) {
        String m = e.getMessage();
        String line = m == null
                ? null
                : m.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .findFirst()
                        .orElse(null);
        return line == null ? e.getClass().getName() : line;
    }

    /** Whether {@code e} (or a cause) is Delta's conflict between two writers of one table. */
    public static boolean isConcurrentWrite(Throwable e) {
        return concurrentWrite(e) != null;
    }

    /** The exception in {@code e}'s cause chain that is a conflict between two writers of one table, or null. */
    public static Throwable concurrentWrite(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.spark.sql.delta.DeltaConcurrentModificationException
                    || t instanceof java.util.ConcurrentModificationException) {
                return t;
            }
            String name = t.getClass().getName();
            String msg = String.valueOf(t.getMessage());
            if (name.startsWith("io.delta") && name.contains("Concurrent")) {
                return t;
            }
            if ((t instanceof java.nio.file.FileAlreadyExistsException || name.endsWith("FileAlreadyExistsException"))
                    && msg.contains("_delta_log")) {
                return t; // two first commits of one table
            }
            if (msg.contains("DELTA_CONCURRENT") || msg.contains("DELTA_PROTOCOL_CHANGED")) {
                return t;
            }
        }
        return null;
    }

    /** A filesystem problem with a path in it (permission, not a directory, read-only), or null. */
    public static String filesystemProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException ad) {
                return "permission denied: " + ad.getFile();
            }
            if (t instanceof org.apache.hadoop.fs.ParentNotDirectoryException
                    || t instanceof java.nio.file.NotDirectoryException) {
                return "not a folder: " + firstLine(t);
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof java.io.IOException
                    && (msg.contains("permission denied")
                            || msg.contains("mkdirs failed")
                            || msg.contains("not a directory")
                            || msg.contains("read-only file system"))) {
                return firstLine(t);
            }
        }
        return null;
    }
}
