package io.regionpulse.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passage of a document that a region mention belongs to, for the region's keywords: the
 * paragraph (line) of the mention, with the item's heading when the paragraph follows one, or
 * the item's body when the mention is in the heading. A roundup story (国内联播快讯: heading line,
 * body paragraph, next heading …) thus gives each region the words of its own item only.
 *
 * <p>A heading is a short line without a sentence end (。！？!?). Pure.
 */
public final class RegionPassages {
    /** Longest line still taken for a heading. */
    static final int MAX_HEADING = 40;

    private RegionPassages() {}

    /** [start, end) of the passage around text[start, end); the whole text when it has one paragraph. */
    public static int[] passage(String text, int start, int end) {
        int n = text.length();
        int s = Math.max(0, Math.min(start, n));
        int e = Math.max(s, Math.min(end, n));
        int ps = lineStart(text, s);
        int pe = lineEnd(text, e);
        if (heading(text, ps, pe)) {
            if (pe < n) {
                pe = lineEnd(text, pe + 1); // the heading's body
            }
        } else if (ps > 0) {
            int prev = lineStart(text, ps - 1);
            if (heading(text, prev, ps - 1)) {
                ps = prev;
            }
        }
        return new int[] {ps, pe};
    }

    /**
     * The document's keywords found in the passages of each region's mentions: every (region,
     * keyword) pair once, regions in order of first mention, keywords in the order given. {@code
     * regions}, {@code starts}, {@code ends}: the mentions, aligned. A region's passages are read
     * once however many of its mentions share them.
     */
    public static List<String[]> keywordsByRegion(
            String text, List<String> regions, List<Integer> starts, List<Integer> ends, List<String> keywords) {
        Map<String, Set<String>> passages = new LinkedHashMap<>();
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i) == null || starts.get(i) == null || ends.get(i) == null) {
                continue;
            }
            passages.computeIfAbsent(regions.get(i), r -> new LinkedHashSet<>())
                    .add(text(text, starts.get(i), ends.get(i)));
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : passages.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (String k : keywords) {
                if (k != null && seen.add(k) && e.getValue().stream().anyMatch(p -> p.contains(k))) {
                    out.add(new String[] {e.getKey(), k});
                }
            }
        }
        return out;
    }

    /** The passage's text (see {@link #passage}). */
    public static String text(String text, int start, int end) {
        int[] p = passage(text, start, end);
        return text.substring(p[0], p[1]);
    }

    private static int lineStart(String text, int i) {
        int k = text.lastIndexOf('\n', Math.max(0, i - 1));
        if (i == 0) {
            return 0;
        }
        return k < 0 ? 0 : k + 1;
    }

    private static int lineEnd(String text, int i) {
        int k = text.indexOf('\n', i);
        return k < 0 ? text.length() : k;
    }

    static boolean heading(String text, int from, int to) {
        String line = text.substring(from, to).strip();
        if (line.isEmpty() || line.length() > MAX_HEADING) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if ("。！？!?".indexOf(line.charAt(i)) >= 0) {
                return false;
            }
        }
        return !line.endsWith("：") && !line.endsWith(":");
    }
}
