package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.List;

/** Pieces of the linker's test rows: a number of a sentence as a candidate, the sentence, a mention by surface. */
final class LinkRows {
    private LinkRows() {}

    /** The first occurrence of {@code number} in {@code text} as a candidate with {@code unit}. */
    static Cand cand(String text, String number, String unit) {
        Cand c = new Cand();
        c.start = text.indexOf(number);
        if (c.start < 0) {
            throw new IllegalArgumentException(number + " is not in " + text);
        }
        c.tokenStart = c.start;
        c.end = c.start + number.length();
        c.clauseStart = Clauses.clauseStart(text, c.start, 0);
        c.unit = unit;
        return c;
    }

    /** The text as one sentence. */
    static Sentence whole(String text) {
        return new Sentence(0, 0, text.length());
    }

    /** The first mention written {@code surface}. */
    static RegionMention named(List<RegionMention> regions, String surface) {
        return regions.stream()
                .filter(m -> m.surface().equals(surface))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + surface + " in " + regions));
    }

    /** Its region code, or null. */
    static String code(RegionMention m) {
        return m == null ? null : m.regionCode();
    }
}
