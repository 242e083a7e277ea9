package io.regionpulse.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as Chinese news pages write them. A time without a zone is China time.
 *
 * <ul>
 *   <li>{@code "2022-03-11 07:55:17来源:…"} → 2022-03-10T23:55:17Z
 *   <li>{@code "2022年03月07日 09:48:19"}, {@code "2020-03-29"}, {@code "2021/11/29"}, {@code "2021.11.29"}
 *   <li>{@code "Mon, 29 Nov 2021 13:05:00 GMT"} (RFC 1123) and ISO 8601 with offset
 *   <li>URLs: {@code /2012/07/06/}, {@code /202203/07/}, {@code /2024-01/25/}, {@code t20220307_}
 * </ul>
 */
public final class Dates {
    private Dates() {}

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    /** A found date: the instant, whether a time of day was given, and where it was in the text. */
    public record Found(Instant instant, boolean hasTime, int start, int end) {}

    // y-m-d with - / . or 年月日, optional time and zone. Bounded quantifiers only.
    private static final Pattern YMD = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})\\s{0,2}(?:([-/.])\\s{0,2}([0-9]{1,2})\\s{0,2}\\2|年\\s{0,2}([0-9]{1,2})\\s{0,2}月)"
                    + "\\s{0,2}([0-9]{1,2})(?![0-9])(?:\\s{0,2}日)?"
                    + "(?:[T\\s]{0,3}(?:(上午|下午|晚上)\\s{0,2})?([0-9]{1,2})\\s{0,1}[:：时]\\s{0,1}([0-9]{2})(?:\\s{0,1}[:：分]\\s{0,1}([0-9]{2}))?"
                    + "(?:\\.[0-9]{1,9})?(?:\\s{0,1}(Z|[+-][0-9]{2}:?[0-9]{2}|GMT|UTC))?)?");

    private static final Pattern RFC1123 = Pattern.compile(
            "(?i)(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6},?\\s{1,3})?([0-9]{1,2})\\s{1,3}"
                    + "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\\.?\\s{1,3}((?:19|20)[0-9]{2})"
                    + "(?:\\s{1,3}([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?(?:\\s{0,3}(GMT|UTC|Z|[+-][0-9]{4}|[+-][0-9]{2}:[0-9]{2}))?");

    private static final Pattern URL_DATE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12][0-9]|3[01])(?![0-9])");

    private static final Pattern EPOCH = Pattern.compile("[0-9]{10}|[0-9]{13}");

    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    /** A whole metadata value ({@code "2024-01-12T09:30:00+08:00"}, epoch seconds, RFC 1123 …) → instant, or null. */
    public static Instant parseInstant(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (EPOCH.matcher(v).matches()) {
            long n = Long.parseLong(v);
            Instant i = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return plausible(i) ? i : null;
        }
        try {
            Instant i = OffsetDateTime.parse(v).toInstant();
            return plausible(i) ? i : null;
        } catch (DateTimeException ignored) {
            // fall through to the lenient patterns
        }
        Found f = find(v);
        return f == null ? null : f.instant();
    }

    /** The first plausible date in {@code text} (y-m-d forms first, then RFC 1123), or null. */
    public static Found find(String text) {
        if (text == null || text.length() < 8) {
            return null;
        }
        Found ymd = findYmd(text);
        Found rfc = findRfc(text);
        if (ymd == null) {
            return rfc;
        }
        if (rfc == null) {
            return ymd;
        }
        return ymd.start() <= rfc.start() ? ymd : rfc;
    }

    static Found findYmd(String text) {
        Matcher m = YMD.matcher(text);
        while (m.find()) {
            try {
                int y = Integer.parseInt(m.group(1));
                int mo = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(4));
                int d = Integer.parseInt(m.group(5));
                if (y < MIN_YEAR || y > MAX_YEAR) {
                    continue;
                }
                LocalDate date = LocalDate.of(y, mo, d);
                boolean hasTime = m.group(7) != null;
                LocalDateTime ldt = date.atStartOfDay();
                if (hasTime) {
                    int h = Integer.parseInt(m.group(7));
                    if ("下午".equals(m.group(6)) || "晚上".equals(m.group(6))) {
                        h = h < 12 ? h + 12 : h;
                    }
                    int mi = Integer.parseInt(m.group(8));
                    int s = m.group(9) == null ? 0 : Integer.parseInt(m.group(9));
                    ldt = date.atTime(h, mi, s);
                }
                Instant i = ldt.atZone(zoneOf(m.group(10))).toInstant();
                return new Found(i, hasTime, m.start(), m.end());
            } catch (DateTimeException | NumberFormatException e) {
                // 2022-13-45 is not a date: look further
            }
        }
        return null;
    }

    static Found findRfc(String text) {
        if (text.indexOf(' ') < 0) {
            return null;
        }
        Matcher m = RFC1123.matcher(text);
        while (m.find()) {
            try {
                int d = Integer.parseInt(m.group(1));
                int mo = monthOf(m.group(2));
                int y = Integer.parseInt(m.group(3));
                LocalDateTime ldt = LocalDate.of(y, mo, d).atStartOfDay();
                boolean hasTime = m.group(4) != null;
                if (hasTime) {
                    ldt = LocalDate.of(y, mo, d)
                            .atTime(
                                    Integer.parseInt(m.group(4)),
                                    Integer.parseInt(m.group(5)),
                                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
                }
                String zone = m.group(7);
                ZoneId z = zone == null ? (hasTime ? ZoneOffset.UTC : CHINA) : zoneOf(zone);
                return new Found(ldt.atZone(z).toInstant(), hasTime, m.start(), m.end());
            } catch (DateTimeException | NumberFormatException e) {
                // not a real date
            }
        }
        return null;
    }

    /** A date in a URL path ({@code /2012/07/06/}, {@code /202203/07/}, {@code t20220307_}) at China midnight, or null. */
    public static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        if (pathStart < 0) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        m.region(pathStart, url.length());
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                Instant i = d.atStartOfDay(CHINA).toInstant();
                if (plausible(i)) {
                    return i;
                }
            } catch (DateTimeException e) {
                // keep looking
            }
        }
        return null;
    }

    /** The business date of an instant: its calendar day in Asia/Shanghai. */
    public static LocalDate chinaDate(Instant i) {
        return i == null ? null : i.atZone(CHINA).toLocalDate();
    }

    static boolean plausible(Instant i) {
        int y = i.atZone(CHINA).getYear();
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    private static int monthOf(String m) {
        String l = m.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(l)) {
                return i + 1;
            }
        }
        throw new DateTimeException("month " + m);
    }

    private static ZoneId zoneOf(String z) {
        if (z == null) {
            return CHINA;
        }
        if (z.equals("Z") || z.equalsIgnoreCase("GMT") || z.equalsIgnoreCase("UTC")) {
            return ZoneOffset.UTC;
        }
        String s = z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
        return ZoneOffset.of(s);
    }

    /** ISO form for JSON output. */
    public static String iso(Instant i) {
        return i == null ? null : DateTimeFormatter.ISO_INSTANT.format(i);
    }
}
