package io.regionpulse.nlp;

import com.hankcs.hanlp.HanLP;
import io.regionpulse.text.ScriptConverter;

/** Traditional→Simplified through HanLP's conversion dictionaries. Stateless and thread-safe. */
public final class HanlpScriptConverter implements ScriptConverter {
    @Override
    public String toSimplified(String text) {
        return text == null || text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * One conversion of the whole text, then a positional comparison: HanLP's phrase mappings
     * keep the length in nearly all cases. When they do not, sentences are compared one by one
     * (still one conversion per sentence, never per character).
     */
    @Override
    public double traditionalShare(String text) {
        if (text == null || text.isEmpty()) {
            return 0.0;
        }
        int[] hc = count(text, toSimplified(text));
        if (hc == null) {
            hc = new int[2];
            for (String part : text.split("(?<=[。！？；\\n])")) {
                int[] p = count(part, toSimplified(part));
                if (p != null) {
                    hc[0] += p[0];
                    hc[1] += p[1];
                } else {
                    hc[0] += han(part);
                    hc[1] += Math.max(0, han(part) - han(toSimplified(part)) + 1);
                }
            }
        }
        return hc[0] == 0 ? 0.0 : (double) hc[1] / hc[0];
    }

    /** [han, changed] when both strings align position by position, else null. */
    private static int[] count(String a, String b) {
        if (a.length() != b.length()) {
            return null;
        }
        int han = 0;
        int changed = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                han++;
                if (b.charAt(i) != c) {
                    changed++;
                }
            }
        }
        return new int[] {han, changed};
    }

    private static int han(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3400 && c <= 0x9FFF) {
                k++;
            }
        }
        return k;
    }
}
