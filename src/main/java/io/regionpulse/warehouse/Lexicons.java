package io.regionpulse.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Word lists bundled from conf/lexicon (one word a line, # comments). A list that is missing or
 * empty is an error when the run starts, never an empty set.
 */
public final class Lexicons {
    private Lexicons() {}

    public static Set<String> stopWords() {
        return load("regionpulse/lexicon/stopwords.txt");
    }

    static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                // Once silently empty (every stop word then became a keyword): now the run does not start.
                throw new IllegalStateException("word list " + resource
                        + " is missing from the classpath (it is bundled from conf/lexicon/: rebuild the jar)");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read word list " + resource + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("word list " + resource + " is empty");
        }
        return Set.copyOf(out);
    }
}
