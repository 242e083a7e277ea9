package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.stages.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Input listing follows a symbolic link at most once per real path: a loop back to a parent folder
 * is not followed (one file stays one page), a second name of a file is dropped, and a dangling
 * link or a link cycle becomes an entry with a problem (ingest rejects it as unreadable).
 */
class InputListingTest {
    @TempDir
    Path tmp;

    /**
     * Each layout is a list of {@code name=content} files and {@code name->target} links under
     * {@code in/}; expected is the listing as {@code relative-name[:problem-word]}, sorted.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plain folder               | a.txt=x;sub/b.txt=y                       | a.txt sub/b.txt",
                "link loop to the parent    | a.txt=x;sub/up->..                       | a.txt sub/up:cycle",
                "link loop to itself        | a.txt=x;self->self                        | a.txt self:cycle",
                "two links in a cycle       | a.txt=x;l1->l2;l2->l1                     | a.txt l1:cycle l2:cycle",
                "dangling link              | a.txt=x;gone.txt->nowhere.txt             | a.txt gone.txt:dangling",
                "second name of a file      | a.txt=x;z.txt->a.txt                      | a.txt",
                "link to a folder elsewhere | a.txt=x;other->../elsewhere               | a.txt other/e.txt",
                "folder reached twice       | a.txt=x;d1->../elsewhere;d2->../elsewhere | a.txt d1/e.txt",
                "hidden names               | a.txt=x;.git/c.txt=z;_SUCCESS=;.h->a.txt  | a.txt",
            })
    void linksAreFollowedOncePerRealPath(String name, String layout, String expected) throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Path elsewhere = tmp.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("e.txt"), "e");
        for (String item : layout.split(";")) {
            if (item.contains("->")) {
                String[] p = item.split("->");
                Path link = in.resolve(p[0].strip());
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(p[1].strip()));
            } else {
                String[] p = item.split("=", -1);
                Path f = in.resolve(p[0].strip());
                Files.createDirectories(f.getParent());
                Files.writeString(f, p[1], StandardCharsets.UTF_8);
            }
        }
        List<InputFiles.InputFile> files = InputFiles.expand(List.of(in.toString()), new Configuration());
        String prefix = in.toAbsolutePath().toUri().getPath();
        String got = files.stream()
                .map(f -> {
                    String rel = new org.apache.hadoop.fs.Path(f.uri())
                            .toUri()
                            .getPath()
                            .substring(prefix.length());
                    return f.problem() == null ? rel : rel + ":" + problemWord(f.problem());
                })
                .collect(Collectors.joining(" "));
        assertThat(got).as(name + " " + files).isEqualTo(expected);
    }

    static String problemWord(String problem) {
        if (problem.contains("dangling")) return "dangling";
        if (problem.contains("cycle")) return "cycle";
        return problem;
    }
}
