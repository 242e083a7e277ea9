package io.regionpulse.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Finds the charset of page bytes and decodes them without ever throwing.
 *
 * <p>Precedence: byte-order mark, then the HTTP {@code Content-Type} charset, then
 * {@code <meta charset>} / {@code http-equiv}, then content detection (juniversalchardet). A
 * declaration is only believed when the bytes agree with it: crawlers often save a page as UTF-8
 * while its {@code <meta>} still says {@code gb2312}, so a declared GBK family charset loses to
 * bytes that are valid, non-ASCII UTF-8. GB2312 and GBK are read as GB18030 (their superset).
 */
public final class Charsets {
    private Charsets() {}

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]{2,40})");
    private static final int SNIFF_BYTES = 64 * 1024;

    /** Best charset for {@code raw}; {@code httpCharset} may be null. Never null. */
    public static String sniff(byte[] raw, String httpCharset) {
        String bom = fromBom(raw);
        if (bom != null) {
            return bom;
        }
        Utf8Check utf8 = utf8Check(raw, SNIFF_BYTES * 4);
        String declared = normalize(httpCharset);
        if (declared == null) {
            declared = fromMeta(raw);
        }
        if (declared != null) {
            if (declared.equals("UTF-8")) {
                if (utf8.valid) {
                    return declared;
                }
            } else if (!(utf8.valid && utf8.multibyte)) {
                return declared;
            }
        }
        if (utf8.valid) {
            return "UTF-8";
        }
        String detected = detect(raw);
        return detected == null ? "GB18030" : detected;
    }

    /** {@code "gb2312"} → {@code "GB18030"}, {@code "big5"} → {@code "Big5"}; null when unknown or unsupported. */
    public static String normalize(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.isEmpty()) {
            return null;
        }
        switch (n) {
            case "utf8", "utf-8", "unicode-1-1-utf-8":
                return "UTF-8";
            case "gb2312",
                    "gbk",
                    "gb18030",
                    "x-gbk",
                    "cp936",
                    "ms936",
                    "windows-936",
                    "euc-cn",
                    "hz-gb-2312",
                    "gb-2312",
                    "chinese",
                    "csgb2312",
                    "x-euc-cn":
                return "GB18030";
            case "big5", "big-5", "cp950", "ms950", "x-windows-950", "csbig5", "x-big5":
                return "Big5";
            case "big5-hkscs", "big5hkscs":
                return "Big5-HKSCS";
            case "utf-16", "utf-16le", "utf-16be":
                return n.toUpperCase(Locale.ROOT);
            default:
                try {
                    return Charset.isSupported(n) ? Charset.forName(n).name() : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
        }
    }

    static String fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return "UTF-8";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16LE";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16BE";
        }
        return null;
    }

    /** The charset in a {@code Content-Type} value ({@code text/html; charset=GBK} → GB18030) or null. */
    public static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String v = contentType.substring(i + 8).replace("\"", "").replace("'", "");
        int end = 0;
        while (end < v.length() && v.charAt(end) != ';' && !Character.isWhitespace(v.charAt(end))) {
            end++;
        }
        return normalize(v.substring(0, end));
    }

    static String fromMeta(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? normalize(m.group(1)) : null;
    }

    static String detect(byte[] raw) {
        UniversalDetector d = new UniversalDetector(null);
        d.handleData(raw, 0, Math.min(raw.length, SNIFF_BYTES));
        d.dataEnd();
        return normalize(d.getDetectedCharset());
    }

    /** Decodes with replacement characters for invalid input; a BOM is dropped. */
    public static String decode(byte[] raw, String charset) {
        Charset cs;
        try {
            cs = Charset.forName(charset == null ? "UTF-8" : charset);
        } catch (IllegalArgumentException e) {
            cs = StandardCharsets.UTF_8;
        }
        String s = new String(raw, cs);
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }

    /** Strict decoding: null when the bytes are not valid in {@code charset}. */
    public static String decodeStrict(byte[] raw, Charset charset) {
        CharsetDecoder dec = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(raw));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static final ThreadLocal<java.nio.charset.CharsetEncoder> GB2312 =
            ThreadLocal.withInitial(() -> Charset.forName("GB2312").newEncoder());
    private static final ThreadLocal<java.nio.charset.CharsetEncoder> BIG5 =
            ThreadLocal.withInitial(() -> Charset.forName("Big5").newEncoder());

    /**
     * Why {@code raw} cannot be read in {@code charset}, or null when it can. Two signs: many
     * invalid byte sequences (replacement characters), or Han characters that are mostly outside
     * both the common simplified (GB2312) and traditional (Big5) sets, which is what random or
     * mis-labelled bytes decode to in GB18030.
     */
    public static String encodingProblem(byte[] raw, String charset) {
        String text = decode(raw.length > 200_000 ? java.util.Arrays.copyOf(raw, 200_000) : raw, charset);
        return textProblem(text, charset);
    }

    /** ASCII, or a character of the common simplified (GB2312) or traditional (Big5) set. */
    static boolean isCommonHan(char c) {
        return c < 0x80 || GB2312.get().canEncode(c) || BIG5.get().canEncode(c);
    }

    /** Same judgement on already decoded text. */
    public static String textProblem(String text, String charset) {
        int n = Math.min(text.length(), 50_000);
        int nonAscii = 0;
        int bad = 0;
        int han = 0;
        int common = 0;
        java.nio.charset.CharsetEncoder gb = GB2312.get();
        java.nio.charset.CharsetEncoder big5 = BIG5.get();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c == '\uFFFD') {
                bad++;
            } else if (c >= 0x4E00 && c <= 0x9FFF || c >= 0x3400 && c <= 0x4DBF) {
                han++;
                if (gb.canEncode(c) || big5.canEncode(c)) {
                    common++;
                }
            } else if (Character.isSurrogate(c)
                    || Character.getType(c) == Character.PRIVATE_USE
                    || !Character.isDefined(c)) {
                bad++;
            }
        }
        if (charset != null
                && nonAscii > 200
                && nonAscii * 10 > n * 3
                && han * 10 < nonAscii
                && (charset.startsWith("windows-125")
                        || charset.startsWith("ISO-8859")
                        || charset.startsWith("x-mac")
                        || charset.startsWith("KOI8")
                        || charset.startsWith("IBM"))) {
            // Western text is mostly ASCII; a page that is mostly high bytes read as a Western
            // single-byte charset is undeclared or undecodable multi-byte text.
            return nonAscii + " of " + n + " characters are non-ASCII in single-byte " + charset;
        }
        if (bad >= 8 && bad > nonAscii / 10) {
            return bad + " undecodable characters of " + nonAscii + " non-ASCII in " + charset;
        }
        if (han >= 40 && common < han * 0.8) {
            return "decoded as " + charset + ", only " + common + " of " + han + " Han characters are common ones";
        }
        return null;
    }

    record Utf8Check(boolean valid, boolean multibyte) {}

    /**
     * Validates UTF-8 over the first {@code limit} bytes. A sequence cut by the limit counts as
     * valid, so that a large page is judged by its head.
     */
    static Utf8Check utf8Check(byte[] b, int limit) {
        int n = Math.min(b.length, limit);
        boolean multi = false;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
            } else {
                return new Utf8Check(false, multi);
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= n) {
                    return new Utf8Check(n < b.length, multi);
                }
                if ((b[i + k] & 0xC0) != 0x80) {
                    return new Utf8Check(false, multi);
                }
            }
            multi = true;
            i += len;
        }
        return new Utf8Check(true, multi);
    }

    /** True when the bytes look like a binary file (NUL bytes or many control bytes in the head). */
    public static boolean looksBinary(byte[] b) {
        if (fromBom(b) != null && !"UTF-8".equals(fromBom(b))) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }
}
