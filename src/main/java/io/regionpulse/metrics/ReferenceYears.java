package io.regionpulse.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The reference and target years of the numbers of one sentence, and the 《title》 mask. */
final class ReferenceYears {
    private ReferenceYears() {}

    // ---------------------------------------------------------------- years and titles

    static boolean[] titleMask(String text) {
        boolean[] mask = new boolean[text.length() + 1];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《' || c == '〈') {
                depth++;
            } else if ((c == '》' || c == '〉') && depth > 0) {
                depth--;
            } else if (c == '\n') {
                depth = 0;
            }
            mask[i] = depth > 0 || c == '》';
        }
        return mask;
    }

    /** The years of one sentence: where each is, whether it is a comparison base or a target. */
    static final class YearInfo {
        final List<int[]> refs = new ArrayList<>(); // {position, year}
        final List<int[]> targets = new ArrayList<>();
        Integer anyTarget;

        Integer referenceBefore(int pos, Integer pubYear) {
            Integer y = null;
            for (int[] r : refs) {
                if (r[0] < pos) {
                    y = r[1];
                }
            }
            return y != null ? y : pubYear;
        }

        Integer targetBefore(int pos) {
            Integer y = null;
            for (int[] r : targets) {
                if (r[0] < pos) {
                    y = r[1];
                }
            }
            return y;
        }
    }

    static final Map<String, Integer> RELATIVE_YEARS = new HashMap<>();

    static {
        RELATIVE_YEARS.put("今年", 0);
        RELATIVE_YEARS.put("去年", -1);
        RELATIVE_YEARS.put("上年", -1);
        RELATIVE_YEARS.put("前年", -2);
        RELATIVE_YEARS.put("明年", 1);
    }

    static YearInfo years(
            String text, char[] t, boolean[] inTitle, List<NumberToken> raw, int from, int to, Integer pubYear) {
        YearInfo info = new YearInfo();
        for (NumberToken tok : raw) {
            int st = tok.start();
            int en = tok.end();
            if (tok.chinese() || en - st != 4 || en >= to || t[en] != '年' || inTitle[st]) {
                continue;
            }
            int y = (int) tok.value();
            if (y < 1900 || y > 2100) {
                continue;
            }
            char prev = st > from ? t[st - 1] : 0;
            if (prev == '比'
                    || prev == '较'
                    || prev == '于'
                    || prev == '-'
                    || prev == '—'
                    || prev == '~'
                    || prev == '至' && st >= from + 2 && Numerals.isAsciiDigit(t[st - 2])) {
                continue; // comparison base (比2020年, 相较于2020年) or the end of a period (2022-2025年)
            }
            if (en + 1 < to
                    && (t[en + 1] == '-' || t[en + 1] == '—' || t[en + 1] == '至')
                    && en + 2 < to
                    && Numerals.isAsciiDigit(t[en + 2])) {
                continue; // the start of a period (2021年-2025年)
            }
            String before = text.substring(Math.max(from, st - 4), st);
            String after = text.substring(en + 1, Math.min(to, en + 4));
            boolean toward = (before.endsWith("到")
                            || (before.endsWith("至") && !before.endsWith("截至"))
                            || before.endsWith("力争")
                            || before.endsWith("预计"))
                    || after.startsWith("前")
                    || after.startsWith("底前")
                    || after.startsWith("末前");
            boolean future = pubYear != null && y > pubYear;
            if ((toward && (pubYear == null || y >= pubYear)) || future) {
                info.targets.add(new int[] {st, y});
                if (info.anyTarget == null) {
                    info.anyTarget = y;
                }
            } else {
                info.refs.add(new int[] {st, y});
            }
        }
        if (pubYear != null) {
            for (Map.Entry<String, Integer> e : RELATIVE_YEARS.entrySet()) {
                String st = text.substring(from, to);
                int rel = st.indexOf(e.getKey());
                while (rel >= 0) {
                    int idx = from + rel;
                    char prev = idx > from ? text.charAt(idx - 1) : 0;
                    boolean base = prev == '比'
                            || prev == '较'
                            || prev == '上' && e.getKey().equals("年")
                            || text.startsWith("同期", idx + 2);
                    if (!base && !inTitle[idx]) {
                        info.refs.add(new int[] {idx, pubYear + e.getValue()});
                    }
                    rel = st.indexOf(e.getKey(), rel + 2);
                }
            }
            info.refs.sort(Comparator.comparingInt(r -> r[0]));
        }
        return info;
    }
}
