package io.regionpulse.regions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Word lists from {@code conf/lexicon/} (bundled in the jar under {@code regionpulse/lexicon/}):
 * one word a line, {@code #} starts a comment line.
 */
public final class Lexicon {
    public static final String STOP_WORDS = "regionpulse/lexicon/stopwords.txt";

    private Lexicon() {}

    /** The bundled stop words: function words and news boilerplate (记者, 表示, 进一步). */
    public static Set<String> stopWords() {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(STOP_WORDS)) {
            if (in == null) {
                throw new IllegalStateException("stop word list missing from the classpath: " + STOP_WORDS);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's own stop word file. */
    public static Set<String> stopWords(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Set<String> parse(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                out.add(w);
            }
        }
        return Set.copyOf(out);
    }
}
