package io.regionpulse.text;

import java.util.regex.Pattern;

/**
 * Markdown markup removed from one line of a text page, keeping the words:
 * {@code "## 一、总体要求"} → {@code "一、总体要求"}, {@code "**重点**"} → {@code "重点"},
 * {@code "[原文](http://…)"} → {@code "原文"}, images dropped. Plain text passes unchanged.
 */
final class Markdown {
    private Markdown() {}

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]{0,200}\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]\\n]{1,200})\\]\\([^)\\s]{1,500}(?:\\s\"[^\"]{0,100}\")?\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:-{3,}|\\*{3,}|_{3,})\\s*$");

    static String strip(String line) {
        if (line.isEmpty()) {
            return line;
        }
        String s = line;
        if (s.indexOf('#') >= 0) {
            s = HEADING.matcher(s).replaceFirst("");
        }
        if (s.indexOf('>') >= 0 && !Boilerplate.isBreadcrumb(s)) {
            s = QUOTE.matcher(s).replaceFirst("");
        }
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("");
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        if (s.indexOf('-') >= 0 || s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            if (RULE.matcher(s).matches()) {
                return "";
            }
        }
        return s;
    }
}
