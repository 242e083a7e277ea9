package io.regionpulse.metrics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard indicators of {@code conf/metrics/indicators.tsv}: {@link #code} maps a raw
 * indicator phrase to a code by its cue words ({@code 地区生产总值} → gdp, {@code 出口额} →
 * export, {@code 进出口总值} → trade). The longest cue found in the phrase wins; ties go to the
 * earlier line. Immutable and thread-safe.
 */
public final class IndicatorTaxonomy {
    static final String RESOURCE = "regionpulse/metrics/indicators.tsv";

    record Cue(String word, String code, int line) {}

    private final List<Cue> cues;
    private final Map<String, String> names;

    IndicatorTaxonomy(List<String> lines) {
        List<Cue> cs = new ArrayList<>();
        Map<String, String> ns = new LinkedHashMap<>();
        boolean header = true;
        int n = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 3 || f[0].isBlank()) {
                throw new IllegalArgumentException("indicators.tsv: need code, name, cues: " + line);
            }
            if (ns.put(f[0].strip(), f[1].strip()) != null) {
                throw new IllegalArgumentException("indicators.tsv: code twice: " + f[0]);
            }
            for (String w : f[2].split("\\|")) {
                if (!w.isBlank()) {
                    cs.add(new Cue(w.strip(), f[0].strip(), n));
                }
            }
            n++;
        }
        cs.sort((a, b) -> a.word().length() != b.word().length()
                ? Integer.compare(b.word().length(), a.word().length())
                : Integer.compare(a.line(), b.line()));
        this.cues = List.copyOf(cs);
        this.names = Map.copyOf(ns);
    }

    private static final class Holder {
        static final IndicatorTaxonomy DEFAULT = load();
    }

    /** The taxonomy shipped in the jar (conf/metrics/indicators.tsv). */
    public static IndicatorTaxonomy standard() {
        return Holder.DEFAULT;
    }

    private static IndicatorTaxonomy load() {
        try (InputStream in = IndicatorTaxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) {
                    lines.add(l);
                }
            }
            return new IndicatorTaxonomy(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code for an indicator phrase, or null when none of the cues is in it. */
    public String code(String indicator) {
        if (indicator == null || indicator.isEmpty()) {
            return null;
        }
        for (Cue c : cues) {
            if (indicator.contains(c.word())) {
                return c.code();
            }
        }
        return null;
    }

    /** Code → English name, in file order. */
    public Map<String, String> names() {
        return names;
    }
}
