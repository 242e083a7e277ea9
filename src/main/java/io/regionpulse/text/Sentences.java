package io.regionpulse.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a clean document text into sentences at 。！？；!? and line breaks, keeping a closing
 * quote with its sentence. {@code "甲。乙！"} → [0,2) [2,4).
 */
public final class Sentences {
    private Sentences() {}

    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean end = c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == '\n';
            i++;
            if (end) {
                while (i < n && isCloser(text.charAt(i))) {
                    i++;
                }
                add(out, text, start, i);
                start = i;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')';
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Sentence(out.size(), s, e));
        }
    }
}
