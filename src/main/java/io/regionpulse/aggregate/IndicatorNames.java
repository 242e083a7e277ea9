package io.regionpulse.aggregate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The series key of an indicator phrase in {@code metric_timeline}: spellings that differ only
 * trivially meet, different quantities stay apart.
 *
 * <p>The rule, in order: NFKC (full-width {@code ＧＤＰ} → {@code GDP}); bracketed annotations
 * dropped ({@code 地区生产总值（GDP）} → {@code 地区生产总值}; kept when nothing else is left);
 * everything but letters and digits removed (spaces, 、“”《》·- …); Latin letters upper-cased
 * ({@code gdp} → {@code GDP}); a leading 其中 / 的 and one trailing verb of the number cue
 * (达到, 高达, 已达, 达, 约为, 共计, 合计, 总计, 超过, 突破) removed ({@code 技术交易金额达} →
 * {@code 技术交易金额}).
 *
 * <p>Never touched: the words themselves. {@code 技术交易金额} and {@code 技术合同成交额}, or
 * {@code 进出口总额} and {@code 进出口额}, or {@code 累计投资} and {@code 投资}, stay different
 * series: deciding that two wordings name one quantity is an analyst's call, not a spelling rule.
 */
public final class IndicatorNames {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔][^()\\[\\]【】〔〕]*[)\\]】〕]");
    private static final List<String> LEADING = List.of("其中", "的");
    // Longest first: 高达 before 达.
    private static final List<String> TRAILING = List.of("达到", "高达", "已达", "约为", "共计", "合计", "总计", "超过", "突破", "达");

    private IndicatorNames() {}

    /** The normalised key, or null when the phrase is null or has no letters or digits. */
    public static String normalize(String indicator) {
        if (indicator == null) {
            return null;
        }
        String s = Normalizer.normalize(indicator, Normalizer.Form.NFKC);
        String unbracketed = BRACKETED.matcher(s).replaceAll("");
        s = lettersAndDigits(unbracketed).isEmpty() ? s : unbracketed;
        s = lettersAndDigits(s);
        if (s.isEmpty()) {
            return null;
        }
        for (String p : LEADING) {
            if (s.startsWith(p) && s.length() > p.length() + 1) {
                s = s.substring(p.length());
                break;
            }
        }
        for (String p : TRAILING) {
            if (s.endsWith(p) && s.length() > p.length() + 1) {
                s = s.substring(0, s.length() - p.length());
                break;
            }
        }
        return s;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(cp -> {
            if (cp < 128) {
                sb.append(String.valueOf((char) cp).toUpperCase(Locale.ROOT));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
