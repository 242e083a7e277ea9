package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import java.util.List;

/** Identifiers, ordinals, times, versions, URLs, page counters and region names: numbers that are not quantities. */
final class QuantityFilter {
    private QuantityFilter() {}

    /** Identifiers, ordinals, times, versions, page counters: numbers that are not quantities. */
    static boolean notAQuantity(String text, char[] t, NumberToken tok, int from, int to) {
        int st = tok.start();
        int en = tok.end();
        char prev = st > from ? t[st - 1] : 0;
        char next = en < to ? t[en] : 0;
        if (prev == '第'
                || prev == '#'
                || prev == '.'
                || prev == '+'
                || next == '+'
                || prev == '/'
                || next == '/' && en + 1 < to && Numerals.isAsciiDigit(t[en + 1])) {
            return true;
        }
        if (isAsciiLetter(prev) || (isAsciiLetter(next) && !unitLetters(t, en, to))) {
            return true;
        }
        if ((prev == ':' || next == ':')
                && (st >= from + 2 && Numerals.isAsciiDigit(t[st - 2])
                        || en + 1 < to && Numerals.isAsciiDigit(t[en + 1]))) {
            return true;
        }
        if (prev == '-' && st >= from + 2 && Numerals.isAsciiDigit(t[st - 2]) && tok.value() >= 0) {
            // the second part of 010-87654321 or 2022-03-05 (ranges are read from their first bound)
            return true;
        }
        if (next == '-' && en + 1 < to && Numerals.isAsciiDigit(t[en + 1])) {
            int q = en + 1;
            while (q < to && Numerals.isAsciiDigit(t[q])) {
                q++;
            }
            if (q < to && t[q] == '-') {
                return true; // 2022-03-05, 400-800-1234
            }
            if (tok.end() - tok.start() >= 3 && q - en - 1 >= 7) {
                return true; // 010-87654321
            }
        }
        if (prev == '前' && next != 0 && "名位强".indexOf(next) >= 0) {
            return true;
        }
        if (prev == '前' && st >= from + 3 && endsWithScope(text, st - 1)) {
            return true; // 世界前100座高桥, 全国前20个城市: the top of a ranking, no quantity
        }
        int w = st - 1;
        while (w >= from && st - w < 300 && t[w] > ' ' && t[w] < 128) {
            w--;
        }
        String run = text.substring(w + 1, st);
        if (run.contains("://") || run.contains("www.") || run.contains("?") || run.contains("=")) {
            return true; // inside a URL
        }
        String window = text.substring(Math.max(from, st - 8), st);
        Units.Unit after = Units.at(t, en, to);
        boolean counted = after != null && after.kind() == Units.Kind.COUNT;
        for (String label : Cues.LABELS) {
            if (counted && Cues.COUNTABLE_LABELS.contains(label)) {
                continue; // 住宅电话4859部, 报警电话1752个: telephones counted, not a telephone number
            }
            if (window.contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Where a ranking's 前N is read (世界前100座, 全国前20个城市). */
    private static final List<String> RANKING_SCOPES = List.of("世界", "全球", "全国", "国内", "亚洲", "全省", "全市");

    private static boolean endsWithScope(String text, int end) {
        return RANKING_SCOPES.stream().anyMatch(w -> end >= w.length() && text.startsWith(w, end - w.length()));
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean unitLetters(char[] t, int p, int to) {
        return Units.at(t, p, to) != null;
    }

    static boolean overlapsRegion(NumberToken tok, List<RegionMention> regions) {
        for (RegionMention m : regions) {
            if (m.start() < tok.end() && tok.start() < m.end()) {
                return true;
            }
        }
        return false;
    }
}
