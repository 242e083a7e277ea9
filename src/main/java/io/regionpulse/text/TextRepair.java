package io.regionpulse.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character-level repairs of decoded page text, each cheap enough for millions of pages (one
 * linear regex pass or a char loop, no backtracking).
 *
 * <ul>
 *   <li>{@link #removePinyin}: {@code "川渝聯(lián)手"} → {@code "川渝聯手"}; {@code "(以下简称《方案》)"},
 *       {@code "(2022-2025年)"}, {@code "(AI)"} stay.
 *   <li>{@link #normalizeWidth}: {@code "２０２５年ＧＤＰ增长５％"} → {@code "2025年GDP增长5%"}; Chinese
 *       punctuation {@code ，。：（）} is left alone.
 *   <li>{@link #repairMojibake}: UTF-8 bytes that were read as GBK ({@code "鍗庝负"} → {@code "华为"}) are
 *       recovered; the lossy kind found in crawls ({@code "意義?!敝貞c市"} for {@code "意義。”重慶市"})
 *       is detected and repaired where the bytes survive.
 * </ul>
 */
public final class TextRepair {
    private TextRepair() {}

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String PINYIN_LETTERS = "a-zü" + TONED;

    /**
     * A pinyin syllable with a tone mark in parentheses right after a character. The tone mark is
     * what tells it from English or codes in parentheses; one syllable of at most 6 letters.
     */
    private static final Pattern PINYIN =
            Pattern.compile("[(（]([a-zü]{0,5}[" + TONED + "][" + PINYIN_LETTERS + "]{0,5})[)）]");

    /** Leftover attribute tail of a mangled tag: {@code 创新的" /> 中国报道网-…} up to the line end. */
    private static final Pattern ATTRIBUTE_TAIL = Pattern.compile("[\"']\\s{0,3}/?>[^\\n]*");

    /** Removes inline pinyin annotations; returns the input instance when there were none. */
    public static String removePinyin(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
            return s;
        }
        Matcher m = PINYIN.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        do {
            int st = m.start();
            // Only after a character (not after a space or at a line start): "聯(lián)".
            if (st > 0 && !Character.isWhitespace(s.charAt(st - 1))) {
                sb.append(s, last, st);
                last = m.end();
            }
        } while (m.find());
        sb.append(s, last, s.length());
        return sb.toString();
    }

    /** Drops a leftover attribute fragment ({@code " /> 站名-…}) and the rest of its line. */
    public static String removeAttributeTails(String line) {
        if (line.indexOf('>') < 0) {
            return line;
        }
        Matcher m = ATTRIBUTE_TAIL.matcher(line);
        return m.find() ? line.substring(0, m.start()) : line;
    }

    /** True when the line holds an attribute fragment. */
    public static boolean hasAttributeTail(String line) {
        return line.indexOf('>') >= 0 && ATTRIBUTE_TAIL.matcher(line).find();
    }

    /**
     * Full-width digits, Latin letters and {@code ％＋－．／} between digits become ASCII; the ideographic
     * space and no-break spaces become spaces. Other characters are untouched.
     */
    public static String normalizeWidth(String s) {
        StringBuilder sb = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '％') {
                r = (char) (c - 0xFEE0);
            } else if (c == '\u3000'
                    || c == '\u00A0'
                    || c == '\u2002'
                    || c == '\u2003'
                    || c == '\u2009'
                    || c == '\u200B'
                    || c == '\uFEFF') {
                r = c == '\u200B' || c == '\uFEFF' ? '\u0000' : ' ';
            } else if ((c == '．' || c == '＋' || c == '－' || c == '／')
                    && i > 0
                    && i + 1 < n
                    && isDigitLike(s.charAt(i - 1))
                    && isDigitLike(s.charAt(i + 1))) {
                r = (char) (c - 0xFEE0);
            }
            if (r != c) {
                if (sb == null) {
                    sb = new StringBuilder(n);
                    sb.append(s, 0, i);
                }
                if (r != '\u0000') {
                    sb.append(r);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isDigitLike(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    // --- mojibake ---------------------------------------------------------------------------

    /**
     * Characters that UTF-8 Chinese turns into when read as GBK: the lead bytes E4–E9 followed by
     * 80–BF continuation bytes land on these GBK characters again and again ("锛"=，, "銆"=。…).
     */
    private static final String UTF8_AS_GBK_MARKERS = "锛銆鐨鍦鏄涓浜鎴鍙鏂鐢璇缁閮瓒鍏鍒鍖鍗鍘鍚瀹闂鏃鏈浠绛鑰澶骞鍜寮鎶鐮绉";

    private static final java.util.BitSet MARKERS = new java.util.BitSet(0x10000);

    static {
        for (int i = 0; i < UTF8_AS_GBK_MARKERS.length(); i++) {
            MARKERS.set(UTF8_AS_GBK_MARKERS.charAt(i));
        }
    }

    /** The lossy kind: "?" where a character was lost, then a lead byte whose high bit was cleared. */
    private static final Pattern LOSSY = Pattern.compile("(?<=[\\u3400-\\u9fff])\\?[!-'*-~]");

    /** A single ASCII letter between Han characters: a trail byte left alone by a broken decode. */
    private static final Pattern STRAY_LETTER = Pattern.compile("[\\u3400-\\u9fff][a-zA-Z](?=[\\u3400-\\u9fff(])");

    /** Real pages have a handful of garbled runs; a line of thousands is noise, not worth decoding. */
    private static final int MAX_LOSSY_ATTEMPTS = 64;

    /** What {@link #repairMojibake} found and did. */
    public record Mojibake(String text, boolean detected, boolean repaired) {}

    /** Detects and, where possible, repairs mojibake line by line. */
    public static Mojibake repairMojibake(String text) {
        boolean detected = false;
        boolean repaired = false;
        StringBuilder out = null;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            String line = text.substring(start, end);
            String fixed = line;
            int markers = markerCount(line);
            if (markers >= 3) {
                String r = fromUtf8ReadAsGbk(line);
                // Without a successful repair, only a dense run of markers counts: 鍵 or 鍾 occur in real Traditional
                // text.
                detected |= r != null || markers * 5 >= hanCount(line);
                if (r != null) {
                    fixed = r;
                    repaired = true;
                }
            }
            if (fixed == line && line.indexOf('?') >= 0) {
                Matcher m = LOSSY.matcher(line);
                if (m.find()) {
                    String r = repairLossy(line);
                    if (!r.equals(line)) {
                        fixed = r;
                        repaired = true;
                        detected = true;
                    }
                }
            }
            // Private-use characters between Han ones are GBK user-area codes of a broken decode.
            if (!detected && privateUseInHan(fixed) >= 2) {
                detected = true;
            }
            if (fixed != line && out == null) {
                out = new StringBuilder(n);
                out.append(text, 0, start);
            }
            if (out != null) {
                out.append(fixed);
                if (end < n) {
                    out.append('\n');
                }
            }
            start = end + 1;
        }
        return new Mojibake(out == null ? text : out.toString(), detected, repaired);
    }

    static int privateUseInHan(String s) {
        int k = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xE000 && c <= 0xF8FF) {
                char p = s.charAt(i - 1);
                if (p >= 0x3400 && p <= 0x9FFF) {
                    k++;
                }
            }
        }
        return k;
    }

    /** Drops private-use characters (undecodable user-area codes); returns the input when it has none. */
    public static String dropPrivateUse(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xE000 && c <= 0xF8FF) {
                StringBuilder sb = new StringBuilder(s.length());
                for (int j = 0; j < s.length(); j++) {
                    char d = s.charAt(j);
                    if (d < 0xE000 || d > 0xF8FF) {
                        sb.append(d);
                    }
                }
                return sb.toString();
            }
        }
        return s;
    }

    static int hanCount(String s) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                k++;
            }
        }
        return k;
    }

    static int markerCount(String line) {
        int k = 0;
        for (int i = 0; i < line.length(); i++) {
            if (MARKERS.get(line.charAt(i))) {
                k++;
            }
        }
        return k;
    }

    /**
     * The whole run re-encoded as GB18030 must be valid UTF-8 and give common characters; the
     * non-CJK prefix and suffix of the line are kept as they are.
     */
    static String fromUtf8ReadAsGbk(String line) {
        int a = 0;
        while (a < line.length() && line.charAt(a) < 0x80) {
            a++;
        }
        int b = line.length();
        while (b > a && line.charAt(b - 1) < 0x80) {
            b--;
        }
        if (a >= b) {
            return null;
        }
        String run = line.substring(a, b);
        byte[] bytes = run.getBytes(Charset.forName("GB18030"));
        String decoded = Charsets.decodeStrict(bytes, StandardCharsets.UTF_8);
        if (decoded == null || !mostlyCommon(decoded)) {
            return null;
        }
        return line.substring(0, a) + decoded + line.substring(b);
    }

    /**
     * Repairs each {@code ?X…} where X is a GBK lead byte that lost its high bit: the bytes from
     * X on are re-decoded until they realign with the text. Accepted only when every recovered
     * character is a common simplified or traditional one; the lost character ("?") is dropped.
     */
    static String repairLossy(String line) {
        Charset gb = Charset.forName("GB18030");
        StringBuilder sb = new StringBuilder(line.length());
        int last = 0;
        Matcher m = LOSSY.matcher(line);
        int attempts = 0;
        while (m.find() && attempts++ < MAX_LOSSY_ATTEMPTS) {
            int q = m.start();
            if (q < last) {
                continue;
            }
            // The garbled run: from X to the next char that is plain ASCII or common punctuation.
            int runEnd = m.start() + 1;
            int limit = Math.min(line.length(), runEnd + 12);
            while (runEnd < limit) {
                char c = line.charAt(runEnd);
                if (c == '，' || c == '。' || c == '、' || c == ',' || c == ' ' || c == '\n' || c == '(' || c == '“'
                        || c == '”') {
                    break;
                }
                runEnd++;
            }
            String run = line.substring(q + 1, runEnd);
            byte[] bytes = run.getBytes(gb);
            if (bytes.length == 0) {
                continue;
            }
            bytes[0] = (byte) (bytes[0] | 0x80);
            String best = null;
            // The recovered chars must line up with a suffix of the run: try the byte prefixes.
            for (int len = bytes.length; len >= 2 && best == null; len--) {
                String d = Charsets.decodeStrict(java.util.Arrays.copyOf(bytes, len), gb);
                if (d != null && d.length() >= 1 && allCommon(d)) {
                    byte[] rest = java.util.Arrays.copyOfRange(bytes, len, bytes.length);
                    String tail = Charsets.decodeStrict(rest, gb);
                    if (tail != null) {
                        best = d + tail;
                    }
                }
            }
            if (best != null) {
                sb.append(line, last, q);
                sb.append(best);
                last = runEnd;
            }
        }
        if (last == 0) {
            return line;
        }
        sb.append(line, last, line.length());
        return sb.toString();
    }

    /** True when the text shows the stray-letter sign as well (used to strengthen weak evidence). */
    static boolean hasStrayLetter(String s) {
        return STRAY_LETTER.matcher(s).find();
    }

    static boolean isCommon(char c) {
        return Charsets.isCommonHan(c);
    }

    private static boolean allCommon(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 && c != '"' && !Character.isLetterOrDigit(c)) {
                return false;
            }
            if (!isCommon(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mostlyCommon(String s) {
        int all = 0;
        int ok = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                all++;
                if (isCommon(c)) {
                    ok++;
                }
            }
        }
        return all > 0 && ok >= all * 0.9;
    }
}
