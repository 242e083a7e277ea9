package io.regionpulse.analysis;

import io.regionpulse.text.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells a keyword that is a word from a fragment of one (中北 out of 中北部, 可达 out of 可/达到)
 * by comparing it with a second, plain segmentation of the same text (HanLP's core dictionary
 * only, no custom or gazetteer words). An occurrence of a string is a word when the plain
 * segmentation has a boundary at both its ends and does not cut it into single characters only;
 * it is a fragment when a plain word crosses one of its ends (中北 inside 中/北部) or when it is
 * only single characters (可达 → 可/达). A string is a fragment when fewer than half of its
 * occurrences in the text are words. Compounds the plain dictionary splits into words stay
 * (特高压 → 特/高压, 新能源 → 新/能源). Pure: the plain tokens come from the caller.
 */
public final class WordBoundaries {
    private final String text;
    private final BitSet boundaries = new BitSet();
    private final BitSet singles = new BitSet();
    private final Map<String, Boolean> verdicts = new HashMap<>();

    /** {@code plain}: the plain segmentation of {@code text}, offsets into it; empty: nothing is a fragment. */
    public WordBoundaries(String text, List<Token> plain) {
        this.text = text == null ? "" : text;
        for (Token t : plain) {
            boundaries.set(t.start());
            boundaries.set(t.end());
            if (t.word().length() == 1) {
                singles.set(t.start());
            }
        }
    }

    /** No plain segmentation: every string counts as a word. */
    public static WordBoundaries none() {
        return new WordBoundaries("", List.of());
    }

    /** True when fewer than half of the occurrences of {@code word} in the text are words of their own. */
    public boolean fragment(String word) {
        if (boundaries.isEmpty() || word.isEmpty()) {
            return false;
        }
        return verdicts.computeIfAbsent(word, w -> {
            int all = 0;
            int words = 0;
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                all++;
                if (wordAt(i, i + w.length())) {
                    words++;
                }
            }
            return all > 0 && 2 * words < all;
        });
    }

    /** True when text[start, end) is a word by the plain boundaries. */
    boolean wordAt(int start, int end) {
        if (!boundaries.get(start) || !boundaries.get(end)) {
            return false;
        }
        if (end - start < 2) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (!singles.get(i)) {
                return true;
            }
        }
        return false;
    }
}
