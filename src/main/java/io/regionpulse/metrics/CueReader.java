package io.regionpulse.metrics;

import io.regionpulse.codes.Change;
import io.regionpulse.codes.Code;
import io.regionpulse.codes.Comparison;
import io.regionpulse.codes.Qualifier;
import java.util.regex.Matcher;

/**
 * The words around a number that qualify it: the qualifier (超过40家 → more_than, 3%左右 →
 * approx), the change (同比增长20.3% → increase) and its base (同比 → yoy). Word lists are in
 * {@link Cues}.
 */
final class CueReader {
    private CueReader() {}

    /**
     * The qualifier from the clause text before the number ({@code pre}), else the one written
     * after the unit ({@code postQualifier}, a code or null), else approx for 四十余/几十.
     */
    static Qualifier qualifier(String pre, String postQualifier, boolean approxNumber) {
        String preTrim = stripEnd(pre, "了 ");
        for (Cues.Cue q : Cues.PRE_QUALIFIERS) {
            if (preTrim.endsWith(q.word())) {
                if (q.word().equals("近")
                        && preTrim.length() >= 2
                        && "最附靠临接将".indexOf(preTrim.charAt(preTrim.length() - 2)) >= 0) {
                    continue;
                }
                if (q.word().equals("超") && preTrim.endsWith("高超")) {
                    continue;
                }
                return Code.parse(Qualifier.class, q.meaning());
            }
        }
        if (postQualifier != null) {
            return Code.parse(Qualifier.class, postQualifier);
        }
        return approxNumber ? Qualifier.APPROX : Qualifier.EXACT;
    }

    /** The last change word of the clause before the number, with only list/qualifier chars between. */
    static Change change(String pre) {
        int best = -1;
        String bestMeaning = null;
        for (Cues.Cue cue : Cues.CHANGES) {
            int idx = pre.lastIndexOf(cue.word());
            if (idx >= 0 && idx + cue.word().length() > best) {
                if (cue.word().length() == 1 && idx > 0 && "新提上扩下".indexOf(pre.charAt(idx - 1)) >= 0) {
                    continue;
                }
                best = idx + cue.word().length();
                bestMeaning = cue.meaning();
            }
        }
        if (best >= 0) {
            String gap = pre.substring(best);
            boolean ok = gap.length() <= 14;
            for (int i = 0; ok && i < gap.length(); i++) {
                if (Cues.CHANGE_GAP.indexOf(gap.charAt(i)) < 0) {
                    ok = false;
                }
            }
            if (ok && !gap.contains("至") && !gap.contains("到")) {
                return Code.parse(Change.class, bestMeaning);
            }
        }
        return Change.LEVEL;
    }

    /** The comparison base named last in the sentence text before the number, or null. */
    static Comparison comparison(String sentencePre) {
        int bestPos = -1;
        Comparison out = null;
        for (Cues.Cue cue : Cues.COMPARISONS) {
            int idx = sentencePre.lastIndexOf(cue.word());
            if (idx > bestPos) {
                bestPos = idx;
                out = Code.parse(Comparison.class, cue.meaning());
            }
        }
        Matcher m = Cues.COMPARE_YEAR.matcher(sentencePre);
        while (m.find()) {
            if (m.start() > bestPos) {
                bestPos = m.start();
                out = Comparison.YOY;
            }
        }
        return out;
    }

    /** 力争, 目标, 预计 … in the sentence before the number. */
    static boolean targetWord(String sentencePre) {
        for (String w : Cues.TARGET_WORDS) {
            if (sentencePre.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static String stripEnd(String s, String chars) {
        int e = s.length();
        while (e > 0 && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e);
    }
}
