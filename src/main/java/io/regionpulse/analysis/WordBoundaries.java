package io.regionpulse.analysis;

import io.regionpulse.text.Token;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tells a keyword that is a word from a fragment of one (中北 out of 中北部, 可达 out of 可/达到)
 * by comparing it with a second, plain segmentation of the same text (HanLP's core dictionary
 * only, no custom or gazetteer words). An occurrence of a string is a word when the plain
 * segmentation has a boundary at both its ends and does not cut it into single characters only;
 * it is a fragment when a plain word crosses one of its ends (中北 inside 中/北部) or when it is
 * only single characters (可达 → 可/达). A string is a fragment when fewer than half of its
 * occurrences in the text are words. Compounds the plain dictionary splits into words stay
 * (特高压 → 特/高压, 新能源 → 新/能源). Pure: the plain tokens come from the caller.
 *
 * <p>Lazily ({@link #lazy}): only the clauses that hold an occurrence of a string asked about
 * are segmented, each once. A clause runs from one clause mark ({@link #CLAUSE_MARKS}) to the
 * next, both marks included: a mark is a word of its own that every segmentation path goes
 * through, so the clause's segmentation is the whole text's between the two marks. A document
 * asks about its dozen best keyword candidates, not about every word, so this segments a part of
 * the text instead of all of it a second time.
 */
public final class WordBoundaries {
    /** Characters that end a clause (full-width punctuation and the line break). */
    static final String CLAUSE_MARKS = "\n。，；：！？、“”《》（）";

    private final String text;
    private final Function<String, List<Token>> plain;
    private final BitSet covered = new BitSet();
    private final BitSet boundaries = new BitSet();
    private final BitSet singles = new BitSet();
    private final Map<String, Boolean> verdicts = new HashMap<>();

    /** {@code plain}: the plain segmentation of {@code text}, offsets into it; empty: nothing is a fragment. */
    public WordBoundaries(String text, List<Token> plain) {
        this.text = text == null ? "" : text;
        this.plain = null;
        add(plain, 0);
    }

    private WordBoundaries(String text, Function<String, List<Token>> plain) {
        this.text = text == null ? "" : text;
        this.plain = plain;
    }

    /**
     * Segments with {@code plain} (a plain segmentation of a piece of text, offsets into the piece)
     * only the clauses around the occurrences of the strings asked about.
     */
    public static WordBoundaries lazy(String text, Function<String, List<Token>> plain) {
        return new WordBoundaries(text, plain);
    }

    /** No plain segmentation: every string counts as a word. */
    public static WordBoundaries none() {
        return new WordBoundaries("", List.of());
    }

    /** True when fewer than half of the occurrences of {@code word} in the text are words of their own. */
    public boolean fragment(String word) {
        if (word.isEmpty() || (plain == null && boundaries.isEmpty())) {
            return false;
        }
        return verdicts.computeIfAbsent(word, w -> {
            int all = 0;
            for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
                all++;
            }
            // Occurrences are looked at until the verdict cannot change (half of them words, or
            // more than half not): a lazy instance segments no clause the verdict does not need.
            int words = 0;
            int others = 0;
            for (int i = text.indexOf(w); i >= 0 && 2 * words < all && 2 * others <= all; i = text.indexOf(w, i + 1)) {
                cover(i, i + w.length());
                if (wordAt(i, i + w.length())) {
                    words++;
                } else {
                    others++;
                }
            }
            return all > 0 && 2 * words < all;
        });
    }

    /** Segments the clause(s) around text[start, end) unless done already. */
    private void cover(int start, int end) {
        if (plain == null || covered.nextClearBit(start) > end) {
            return;
        }
        int from = start;
        while (from > 0 && CLAUSE_MARKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        from = Math.max(0, from - 1); // the mark before the clause
        int to = end;
        while (to < text.length() && CLAUSE_MARKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        to = Math.min(text.length(), to + 1); // the mark after it
        add(plain.apply(text.substring(from, to)), from);
        covered.set(from, to + 1);
    }

    private void add(List<Token> tokens, int offset) {
        for (Token t : tokens) {
            boundaries.set(offset + t.start());
            boundaries.set(offset + t.end());
            if (t.word().length() == 1) {
                singles.set(offset + t.start());
            }
        }
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
