package io.regionpulse.stages;

import io.regionpulse.config.UserError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands the inputs of a run (files, folders read recursively, globs; local paths or any Hadoop
 * URI) into the sorted list of files, on the driver — only names and sizes, never contents.
 */
public final class InputFiles {
    private InputFiles() {}

    public record InputFile(String uri, long size) implements java.io.Serializable {}

    public static List<InputFile> expand(List<String> inputs, Configuration conf) {
        TreeMap<String, Long> files = new TreeMap<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    throw new UserError("input not found: " + in);
                }
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus f = it.next();
                            if (!hidden(f.getPath(), st.getPath())) {
                                files.put(f.getPath().toString(), f.getLen());
                            }
                        }
                    } else {
                        files.put(st.getPath().toString(), st.getLen());
                    }
                }
            } catch (IOException e) {
                throw new UserError("cannot read input " + in + ": " + e.getMessage());
            }
        }
        List<InputFile> out = new ArrayList<>();
        files.forEach((k, v) -> out.add(new InputFile(k, v)));
        return out;
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
