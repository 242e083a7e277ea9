package io.regionpulse.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Word lists bundled from conf/lexicon (one word a line, # comments). */
public final class Lexicons {
    private Lexicons() {}

    public static Set<String> stopWords() {
        return load("regionpulse/lexicon/stopwords.txt");
    }

    static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return out;
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
            throw new IllegalStateException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
