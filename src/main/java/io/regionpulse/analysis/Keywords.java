package io.regionpulse.analysis;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's top terms ({@code documents.keywords}) from the segmentation it already has:
 * content nouns of two or more characters, stop words and every region mention removed.
 *
 * <p>Ranking: occurrences, weighted up for longer and more specific terms (a proper noun {@code
 * nz} or a domain term {@code g*} over a plain noun, a plain noun over a verbal noun {@code vn}),
 * ties broken by first position. Occurrences that are fragments of a longer word by the plain
 * dictionary's boundaries in most of their occurrences ({@link WordBoundaries}: 中北 of 中北部,
 * 可达 of 可/达) are no keywords. {@code "量子通信网络…量子通信…成都…"} → [量子通信, 网络] (成都 is a
 * region, not a keyword).
 */
public final class Keywords {
    /** HanLP tags kept: nouns, proper nouns, organisation and domain terms, verbal nouns, abbreviations. */
    private static final Set<String> KEEP_POS = Set.of(
            "n", "nz", "vn", "nt", "ntc", "ntcb", "ntcf", "ntch", "nto", "ntu", "nts", "nth", "nf", "nl", "nh", "nhd",
            "nhm", "nm", "nmc", "nb", "nba", "nbc", "nbp", "gi", "gm", "gb", "gbc", "gc", "gg", "gp", "j");

    private final Set<String> stopWords;
    private final int limit;

    public Keywords(Set<String> stopWords, int limit) {
        this.stopWords = stopWords;
        this.limit = limit;
    }

    /** The top terms without a fragment check. */
    public List<String> top(List<Token> tokens, List<RegionMention> mentions) {
        return top(tokens, mentions, WordBoundaries.none());
    }

    /** The top terms without the ones {@code words} calls fragments (中北 of 中北部). */
    public List<String> top(List<Token> tokens, List<RegionMention> mentions, WordBoundaries words) {
        Set<String> regionSurfaces = new HashSet<>();
        for (RegionMention m : mentions) {
            regionSurfaces.add(m.surface());
            regionSurfaces.add(m.regionName());
        }
        int[] spans = new int[mentions.size() * 2];
        for (int i = 0; i < mentions.size(); i++) {
            spans[2 * i] = mentions.get(i).start();
            spans[2 * i + 1] = mentions.get(i).end();
        }
        Map<String, Term> terms = new HashMap<>();
        int pos = 0;
        int j = 0;
        for (Token t : tokens) {
            pos++;
            while (j < spans.length && spans[j + 1] <= t.start()) {
                j += 2; // mentions come sorted by start: one walk over both lists
            }
            String w = t.word();
            if (!KEEP_POS.contains(t.pos())
                    || w.length() < 2
                    || w.length() > 12
                    || stopWords.contains(w)
                    || regionSurfaces.contains(w)
                    || insideMention(t, spans, j)
                    || !hasHan(w)) {
                continue;
            }
            Term term = terms.computeIfAbsent(w, k -> new Term(k));
            if (term.count == 0) {
                term.first = pos;
            }
            term.count++;
            term.weight = Math.max(term.weight, weight(t.pos(), w));
        }
        List<Term> ranked = new ArrayList<>(terms.values());
        ranked.sort((a, b) -> {
            int c = Double.compare(b.score(), a.score());
            return c != 0 ? c : Integer.compare(a.first, b.first);
        });
        // Fragments are dropped in rank order, asked about only until the list is full.
        List<String> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < ranked.size() && out.size() < limit; i++) {
            if (!words.fragment(ranked.get(i).word)) {
                out.add(ranked.get(i).word);
            }
        }
        return out;
    }

    private static double weight(String pos, String w) {
        double base = pos.equals("vn") ? 0.7 : pos.equals("n") ? 1.0 : 1.2;
        return base * (1.0 + 0.15 * Math.min(w.length() - 2, 4));
    }

    private static boolean insideMention(Token t, int[] spans, int from) {
        for (int i = from; i < spans.length && spans[i] < t.end(); i += 2) {
            if (t.start() < spans[i + 1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHan(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static final class Term {
        final String word;
        int count;
        int first;
        double weight;

        Term(String word) {
            this.word = word;
        }

        double score() {
            return count * weight;
        }
    }
}
