package io.regionpulse.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines of Chinese news pages: the date, the outlet after 来源/转自 and the author after
 * 作者/记者/编辑, and where these fields end, so that the article text fused onto the same line
 * can be kept. Works on Simplified text (the cleaner converts before reading bylines).
 *
 * <p>{@code "2022-03-11 07:55:17来源:经济参考报随着我国…"} → date 2022-03-11 07:55:17, source
 * 经济参考报, remainder {@code "随着我国…"}; {@code "来源:中安在线、中安新闻客户端作者: 周晓岚"} → source
 * 中安在线, author 周晓岚.
 */
public final class Bylines {
    private Bylines() {}

    /** What a line says about the page, and the span [metaStart, metaEnd) its byline fields take. */
    public record Byline(
            Dates.Found date, String source, String author, String editor, int metaStart, int metaEnd, int labels) {
        public boolean isEmpty() {
            return date == null && source == null && author == null && editor == null && labels == 0;
        }
    }

    static final String SOURCE_LABEL = "(?:文章|新闻|消息|信息|稿件)?(?:来源|稿源|出处|转自|转载自|转载于|来自)";
    static final String AUTHOR_LABEL = "(?:作者|撰文|文字|记者|通讯员|特约记者|本报记者)";
    static final String EDITOR_LABEL = "(?:责任编辑|责编|编辑|编审|审核|校对|值班编辑|监制)";
    static final String TIME_LABEL = "(?:发布时间|发表时间|发布日期|更新时间|时间|日期|发布于|发表于|发布|发表)";
    static final String OTHER_LABEL = "(?:点击量|点击数|点击率|点击|阅读量|阅读数|阅读|浏览量|浏览次数|浏览|人气|字号|评论数|评论|分享)";

    private static final Pattern LABEL = Pattern.compile("(" + SOURCE_LABEL + ")|(" + AUTHOR_LABEL + ")|("
            + EDITOR_LABEL + ")|(" + TIME_LABEL + ")|(" + OTHER_LABEL + ")");

    /** Where a field value stops: separators, another label, or a date. */
    private static final Pattern VALUE_STOP = Pattern.compile("\\s|[|丨│/,，;；、()（）【】\\[\\]<>《》\"“”]|"
            + SOURCE_LABEL + "|" + AUTHOR_LABEL + "|" + EDITOR_LABEL + "|" + TIME_LABEL + "|" + OTHER_LABEL
            + "|原标题|(?:19|20)[0-9]{2}[-年/.]");

    /** Endings of outlet names, used to cut a source fused with the following text. */
    private static final Pattern OUTLET_END =
            Pattern.compile("(?:日报|晚报|晨报|时报|商报|周报|周刊|杂志|客户端|新闻网|在线|网站|电视台|广播电台|通讯社|新闻社|报社|集团|研究院|协会|委员会|"
                    + "政府|报|网|社|台|部|局|厅|委|办|署|院|号|刊)");

    private static final Pattern REPORTER_IN_PARENS = Pattern.compile(
            "[（(]\\s{0,2}(?:本报|新华社|央视)?(?:记者|通讯员)\\s{0,2}([\\u4e00-\\u9fff]{2,4}(?:[\\s、][\\u4e00-\\u9fff]{2,4}){0,3})\\s{0,2}[）)]");

    private static final int MAX_VALUE = 30;
    private static final int MAX_LINE = 300;

    /** Reads the byline fields of one line; an empty byline when it has none. */
    public static Byline parse(String fullLine) {
        // Bylines sit at the start of a line (fused text may follow): a bounded prefix keeps label
        // storms and megabyte lines linear.
        String line = fullLine.length() > MAX_LINE ? fullLine.substring(0, MAX_LINE) : fullLine;
        Dates.Found date = Dates.find(line);
        String source = null;
        String author = null;
        String editor = null;
        int metaStart = date == null ? Integer.MAX_VALUE : date.start();
        int metaEnd = date == null ? -1 : date.end();
        int labels = 0;
        Matcher m = LABEL.matcher(line);
        int from = 0;
        while (from < line.length() && m.find(from)) {
            int after = skipColon(line, m.end());
            boolean colon = after > m.end() && hasColon(line, m.end(), after);
            int kind = m.group(1) != null
                    ? 1
                    : m.group(2) != null ? 2 : m.group(3) != null ? 3 : m.group(4) != null ? 4 : 5;
            // Without a colon a label word is ordinary text ("资金来源于…", "记者从科技部获悉"), except
            // when it stands alone between spaces, as bylines print it ("来源 新华社").
            boolean standalone = !colon
                    && kind <= 3
                    && (m.start() == 0 || Character.isWhitespace(line.charAt(m.start() - 1)))
                    && m.end() < line.length()
                    && Character.isWhitespace(line.charAt(m.end()));
            if (!colon && !standalone) {
                from = m.end();
                continue;
            }
            labels++;
            int valueEnd = after;
            String value = null;
            if (kind == 4) {
                Dates.Found d = Dates.find(line.substring(after, Math.min(line.length(), after + 40)));
                if (d != null && d.start() <= 3) {
                    if (date == null) {
                        date = new Dates.Found(d.instant(), d.hasTime(), d.start() + after, d.end() + after);
                    }
                    valueEnd = after + d.end();
                }
            } else if (kind == 5) {
                int e = after;
                while (e < line.length()
                        && e < after + 12
                        && (Character.isDigit(line.charAt(e))
                                || line.charAt(e) == ','
                                || "万次人".indexOf(line.charAt(e)) >= 0)) {
                    e++;
                }
                valueEnd = e;
            } else {
                int[] span = value(line, after);
                valueEnd = span[1];
                value = span[1] > span[0] ? line.substring(span[0], span[1]).strip() : null;
                if (value != null && (value.isEmpty() || value.length() > MAX_VALUE)) {
                    value = null;
                }
                if (kind == 1 && source == null) {
                    source = value;
                } else if (kind == 2 && author == null) {
                    author = value;
                } else if (kind == 3 && editor == null) {
                    editor = value;
                }
            }
            metaStart = Math.min(metaStart, m.start());
            metaEnd = Math.max(metaEnd, valueEnd);
            from = Math.max(valueEnd, m.end());
        }
        if (metaEnd < 0) {
            metaStart = 0;
            metaEnd = 0;
        }
        return new Byline(date, source, author, editor, Math.min(metaStart, metaEnd), metaEnd, labels);
    }

    private static final Pattern LEADING_LABEL =
            Pattern.compile("^\\s*(?:" + SOURCE_LABEL + "|" + AUTHOR_LABEL + ")\\s{0,3}[:：]\\s{0,3}");

    /**
     * A name taken from metadata, trimmed like a byline value: {@code "来源：人民网-文化频道 原创稿"} →
     * {@code "人民网-文化频道"}; null when nothing is left.
     */
    public static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String s = LEADING_LABEL.matcher(name.strip()).replaceFirst("");
        if (s.isEmpty()) {
            return null;
        }
        // Metadata holds just the name: cut at separators only, never at an outlet ending ("北部湾财经").
        Matcher stop = VALUE_STOP.matcher(s);
        int end = stop.find() ? stop.start() : s.length();
        String v = s.substring(0, Math.min(end, MAX_VALUE)).strip();
        return v.isEmpty() ? null : v;
    }

    /** {@code "（记者钟源）"} → 钟源; null when absent. */
    public static String reporterInParens(String text) {
        Matcher m = REPORTER_IN_PARENS.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    /** True when the name looks like an outlet (证券时报网, 新华社, 科技部) rather than a person. */
    public static boolean looksLikeOutlet(String name) {
        if (name == null || name.length() < 2) {
            return false;
        }
        Matcher m = OUTLET_END.matcher(name);
        while (m.find()) {
            if (m.end() == name.length()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithOutlet(String v) {
        Matcher m = OUTLET_END.matcher(v);
        while (m.find()) {
            if (m.end() == v.length()) {
                return true;
            }
        }
        return false;
    }

    private static int skipColon(String s, int i) {
        int j = i;
        while (j < s.length() && j < i + 4 && (s.charAt(j) == ' ' || s.charAt(j) == ':' || s.charAt(j) == '：')) {
            j++;
        }
        return j;
    }

    private static boolean hasColon(String s, int a, int b) {
        for (int i = a; i < b; i++) {
            if (s.charAt(i) == ':' || s.charAt(i) == '：') {
                return true;
            }
        }
        return false;
    }

    /** The [start, end) of a field value starting at {@code i}. */
    static int[] value(String line, int i) {
        Matcher stop = VALUE_STOP.matcher(line);
        int end = stop.find(i) ? stop.start() : line.length();
        String v = line.substring(i, end);
        if (v.length() > 4 && !endsWithOutlet(v)) {
            // Fused with the next text ("经济参考报随着我国…", "安徽日报今年以来"): cut after the last
            // outlet ending within the first 16 characters; a name without any ending stays whole.
            Matcher o = OUTLET_END.matcher(v);
            int cut = -1;
            while (o.find() && o.end() <= 16) {
                if (o.end() >= 3) {
                    cut = o.end();
                }
            }
            if (cut > 0) {
                end = i + cut;
            }
        }
        if (end - i > MAX_VALUE) {
            end = i + MAX_VALUE;
        }
        return new int[] {i, end};
    }
}
