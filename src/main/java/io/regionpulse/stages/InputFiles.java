package io.regionpulse.stages;

import io.regionpulse.config.UserError;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the inputs of a run (files, folders read recursively, globs; local paths or any Hadoop
 * URI) into the sorted list of files, on the driver — only names and sizes, never contents.
 *
 * <p>Local folders are walked following symbolic links, but each real path (file or folder) is
 * read at most once: a link back to an ancestor (a cycle) is not followed, and of several names
 * for one file the first in sort order is kept. A dangling link, a link cycle and a file that
 * cannot be opened are kept as entries with a {@link InputFile#problem()}, which ingest records
 * in {@code rejects} as {@code unreadable} with the reason.
 */
public final class InputFiles {
    private InputFiles() {}

    /** A file to read, or (with a problem) one that ingest rejects as unreadable. */
    public record InputFile(String uri, long size, String problem) implements java.io.Serializable {
        public InputFile(String uri, long size) {
            this(uri, size, null);
        }
    }

    public static List<InputFile> expand(List<String> inputs, Configuration conf) {
        TreeMap<String, InputFile> files = new TreeMap<>();
        Map<String, java.util.TreeSet<String>> byRealPath = new HashMap<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    if (isLocal(fs) && Files.isSymbolicLink(java.nio.file.Path.of(localPath(fs, p)))) {
                        // a dangling link named directly: not found for Hadoop, a reject for us
                        addLocal(files, byRealPath, java.nio.file.Path.of(localPath(fs, p)), null);
                        continue;
                    }
                    throw new UserError("input not found: " + in);
                }
                for (FileStatus st : matches) {
                    if (isLocal(fs)) {
                        walkLocal(java.nio.file.Path.of(localPath(fs, st.getPath())), files, byRealPath);
                    } else if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hidden(f.getPath(), st.getPath())) {
                                files.put(
                                        f.getPath().toString(),
                                        new InputFile(f.getPath().toString(), f.getLen()));
                            }
                        }
                    } else {
                        files.put(
                                st.getPath().toString(),
                                new InputFile(st.getPath().toString(), st.getLen()));
                    }
                }
            } catch (IOException e) {
                throw new UserError("cannot read input " + in + ": " + e.getMessage());
            }
        }
        return dedupeRealPaths(files, byRealPath);
    }

    private static boolean isLocal(FileSystem fs) {
        return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
    }

    private static String localPath(FileSystem fs, Path p) {
        return fs.makeQualified(p).toUri().getPath();
    }

    /** The URI string ingest and the tables use for a local file (as Hadoop's listing spells it). */
    static String uriOf(java.nio.file.Path p) {
        return new Path(p.toAbsolutePath().toUri()).toString();
    }

    /** Walks a local file or folder, following links once per real path; problems become entries. */
    static void walkLocal(
            java.nio.file.Path root,
            TreeMap<String, InputFile> files,
            Map<String, java.util.TreeSet<String>> byRealPath)
            throws IOException {
        Files.walkFileTree(
                root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(java.nio.file.Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && hiddenName(dir)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) {
                        if (!file.equals(root) && hiddenName(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        addLocal(files, byRealPath, file, attrs);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(java.nio.file.Path file, IOException e) {
                        if (!file.equals(root) && hiddenName(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        String problem = e instanceof FileSystemLoopException
                                ? "symlink cycle: " + file + " leads back to a folder above it (not followed)"
                                : reason(file, e);
                        files.put(uriOf(file), new InputFile(uriOf(file), 0, problem));
                        return FileVisitResult.CONTINUE;
                    }
                });
    }

    /** One file (or a link whose target cannot be read: the walker then hands over the link itself). */
    static void addLocal(
            TreeMap<String, InputFile> files,
            Map<String, java.util.TreeSet<String>> byRealPath,
            java.nio.file.Path file,
            BasicFileAttributes attrs) {
        String uri = uriOf(file);
        if (attrs == null || attrs.isSymbolicLink() || attrs.isOther()) {
            String problem;
            try {
                BasicFileAttributes target = Files.readAttributes(file, BasicFileAttributes.class);
                if (target.isRegularFile()) {
                    files.put(uri, new InputFile(uri, target.size()));
                    return;
                }
                problem = "not a regular file";
            } catch (IOException e) {
                problem = reason(file, e);
            }
            files.put(uri, new InputFile(uri, 0, problem));
            return;
        }
        String real;
        try {
            real = file.toRealPath().toString();
        } catch (IOException e) {
            files.put(uri, new InputFile(uri, 0, reason(file, e)));
            return;
        }
        byRealPath.computeIfAbsent(real, k -> new java.util.TreeSet<>()).add(uri);
        files.put(uri, new InputFile(uri, attrs.size()));
    }

    /** Keeps one name per real path (the first in sort order); entries with a problem all stay. */
    private static List<InputFile> dedupeRealPaths(
            TreeMap<String, InputFile> files, Map<String, java.util.TreeSet<String>> byRealPath) {
        java.util.Set<String> others = new java.util.HashSet<>();
        for (java.util.TreeSet<String> names : byRealPath.values()) {
            others.addAll(names.tailSet(names.first(), false));
        }
        List<InputFile> out = new ArrayList<>();
        for (InputFile f : files.values()) {
            if (f.problem() == null && others.contains(f.uri())) {
                continue; // another name (a symlink) of a file already listed
            }
            out.add(f);
        }
        return out;
    }

    /** A one-line reason for a path that cannot be read: dangling link, link cycle, permission. */
    static String reason(java.nio.file.Path file, IOException e) {
        String target = "";
        if (Files.isSymbolicLink(file)) {
            try {
                target = " -> " + Files.readSymbolicLink(file);
            } catch (IOException ignored) {
                // the link itself is unreadable: no target to show
            }
        }
        if (e instanceof NoSuchFileException && !target.isEmpty()) {
            return "dangling symlink: " + file + target;
        }
        if (e instanceof FileSystemException fse
                && fse.getReason() != null
                && fse.getReason().toLowerCase(java.util.Locale.ROOT).contains("levels of symbolic links")) {
            return "symlink cycle (ELOOP): " + file + target;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + file;
        }
        String msg = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.toString();
        return "cannot read " + file + target + ": " + msg;
    }

    private static boolean hiddenName(java.nio.file.Path p) {
        java.nio.file.Path name = p.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString();
        return n.startsWith(".") || n.startsWith("_");
    }

    /** Hidden files and folders (.git, _SUCCESS, .crc) below the input root are not input. */
    private static boolean hidden(Path file, Path root) {
        Path p = file;
        while (p != null && !p.equals(root)) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) {
                return true;
            }
            p = p.getParent();
        }
        return false;
    }
}
