package io.regionpulse.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's scorer, written from its description: per page, TP/FP/FN
 * over shingles (multiset), normalised to sum 1; precision is the mean over pages with a
 * prediction, recall the mean over pages with a truth, F1 their harmonic mean. Shingles are
 * word 4-grams of {@code \w+} tokens (the benchmark's) or character bigrams of the non-space
 * text (for Chinese, where {@code \w+} clumps whole sentences).
 */
final class ShingleScore {
    private ShingleScore() {}

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Normalised [tp, fp, fn] of one page. */
    record Page(double tp, double fp, double fn) {
        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double precision() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            return fp == 0 && fn == 0 ? 1 : tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    record Total(double precision, double recall, double f1, int pages) {}

    static List<String> wordShingles(String text, int n) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            List<String> sh = tokens.subList(i, Math.min(tokens.size(), i + n));
            if (!sh.isEmpty()) {
                out.add(String.join(" ", sh));
            }
        }
        return out;
    }

    static List<String> charBigrams(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (!Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 2 <= b.length(); i++) {
            out.add(b.substring(i, i + 2));
        }
        return out;
    }

    static Page match(List<String> truth, List<String> pred) {
        Map<String, Integer> t = count(truth);
        Map<String, Integer> p = count(pred);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new Page(tp / s, fp / s, fn / s) : new Page(0, 0, 0);
    }

    static Total total(List<Page> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Page x : pages) {
            if (x.tp() + x.fp() > 0) {
                p += x.precision();
                np++;
            }
            if (x.tp() + x.fn() > 0) {
                r += x.recall();
                nr++;
            }
        }
        double pm = np == 0 ? 0 : p / np;
        double rm = nr == 0 ? 0 : r / nr;
        return new Total(pm, rm, pm + rm == 0 ? 0 : 2 * pm * rm / (pm + rm), pages.size());
    }

    private static Map<String, Integer> count(List<String> xs) {
        Map<String, Integer> m = new HashMap<>();
        for (String x : xs) {
            m.merge(x, 1, Integer::sum);
        }
        return m;
    }
}
