package io.regionpulse.text;

import io.regionpulse.codes.CleanFlag;
import io.regionpulse.codes.OriginalScript;
import java.util.ArrayList;
import java.util.List;

/**
 * Third step: character repairs on the whole page at once (inline pinyin, mojibake, private-use
 * characters, full widths), one Traditional→Simplified conversion that also tells the original
 * script, and the language check on the final text.
 */
final class ScriptCheck {
    private final ScriptConverter converter;

    ScriptCheck(ScriptConverter converter) {
        this.converter = converter;
    }

    /** The repaired, converted text (line breaks kept), its original script and the flags raised. */
    record Repaired(String text, OriginalScript script, List<CleanFlag> flags) {}

    Repaired repair(String joined) {
        List<CleanFlag> flags = new ArrayList<>();
        // Pinyin first: the annotations sit inside the garbled runs and would block the byte repair.
        String noPinyin = TextRepair.removePinyin(joined);
        if (!noPinyin.equals(joined)) {
            flags.add(CleanFlag.PINYIN_REMOVED);
        }
        TextRepair.Mojibake mj = TextRepair.repairMojibake(noPinyin);
        if (mj.detected()) {
            flags.add(CleanFlag.MOJIBAKE);
        }
        if (mj.repaired()) {
            flags.add(CleanFlag.MOJIBAKE_REPAIRED);
        }
        String repaired = TextRepair.dropPrivateUse(mj.text());
        String normalized = TextRepair.normalizeWidth(repaired);
        Repaired script = convert(normalized);
        if (!script.text().equals(normalized)) {
            flags.add(CleanFlag.CONVERTED_T2S);
        }
        return new Repaired(script.text(), script.script(), flags);
    }

    /**
     * One conversion for the whole page. The share of Han characters the conversion changed says
     * the input script: under 2 % simplified (HanLP also rewrites a few simplified variants),
     * from 10 % traditional, between the two mixed.
     */
    Repaired convert(String s) {
        String simp = converter.toSimplified(s);
        int han = 0;
        int changed = 0;
        if (simp.length() == s.length()) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c >= 0x3400 && c <= 0x9FFF) {
                    han++;
                    if (simp.charAt(i) != c) {
                        changed++;
                    }
                }
            }
        } else {
            // A phrase mapping changed a length somewhere: compare line by line (the conversion keeps
            // line breaks) and skip the few lines that do not align.
            String[] a = s.split("\n", -1);
            String[] b = simp.split("\n", -1);
            if (a.length == b.length) {
                for (int l = 0; l < a.length; l++) {
                    if (a[l].length() != b[l].length()) {
                        continue;
                    }
                    for (int i = 0; i < a[l].length(); i++) {
                        char c = a[l].charAt(i);
                        if (c >= 0x3400 && c <= 0x9FFF) {
                            han++;
                            if (b[l].charAt(i) != c) {
                                changed++;
                            }
                        }
                    }
                }
            } else {
                han = Math.max(1, Boilerplate.han(s));
                changed = (int) Math.round(converter.traditionalShare(s) * han);
            }
        }
        double share = han == 0 ? 0 : (double) changed / han;
        OriginalScript name = share < 0.02
                ? OriginalScript.SIMPLIFIED
                : share >= 0.10 ? OriginalScript.TRADITIONAL : OriginalScript.MIXED;
        if (name == OriginalScript.SIMPLIFIED) {
            // Keep simplified input as written: the few changes are variant rewrites, not conversions.
            return new Repaired(s, name, List.of());
        }
        return new Repaired(simp, name, List.of());
    }

    /** Metadata strings get the same repairs as the text; conversion only when the page itself was not simplified. */
    String simplify(String s, boolean convert) {
        if (s == null) {
            return null;
        }
        String t = TextRepair.normalizeWidth(TextRepair.removePinyin(s));
        if (!convert) {
            return t;
        }
        String c = converter.toSimplified(t);
        return c == null ? t : c;
    }

    /**
     * Share of Han in the text, Latin words counted once per word rather than per letter ("GDP" is
     * one token like "增"): Han / (Han + other letters / 4). Kana does not count against it.
     */
    static double chineseShare(String text) {
        int han = Boilerplate.han(text);
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && Character.isLetter(c)
                    || Character.isLetter(c)
                            && c >= 0x80
                            && (c < 0x3400 || c > 0x9FFF)
                            && !(c >= 0x3040 && c <= 0x30FF)) {
                latin++;
            }
        }
        return han == 0 ? 0 : han / (han + latin / 4.0);
    }
}
