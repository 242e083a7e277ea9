package io.regionpulse.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second step: decoded text → lines, with the main content marked for HTML (the DOM extraction of
 * {@link HtmlExtractor}, whose head metadata is merged into the page's), every line for text dumps
 * (markdown markup stripped). HTML is recognised by content, not by file name.
 */
final class PageLines {
    private PageLines() {}

    /** The lines, which belong to the main content (null: all of them), and whether it was HTML. */
    record Lines(List<String> lines, List<Boolean> inContent, boolean html) {}

    static Lines split(String body, PageMeta meta) {
        if (looksHtml(body)) {
            HtmlExtractor.Extracted ex = HtmlExtractor.extract(body, meta.url);
            HtmlExtractor.Meta hm = ex.meta();
            meta.titleTag = hm.title();
            meta.h1 = ex.h1();
            meta.title = PageMeta.first(meta.title, hm.ogTitle());
            meta.published = meta.published != null ? meta.published : hm.published();
            meta.source = PageMeta.first(meta.source, hm.source());
            meta.author = PageMeta.first(meta.author, hm.author());
            meta.url = PageMeta.first(meta.url, hm.url());
            meta.markedDate = hm.markedDate();
            return new Lines(ex.lines(), ex.inContent(), true);
        }
        List<String> lines = new ArrayList<>();
        for (String l : body.split("\r?\n|\r")) {
            lines.add(Markdown.strip(l));
        }
        return new Lines(lines, null, false);
    }

    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:p|div|br|span|table|td|li|ul|article|section|h[1-6]|a\\s|img|strong|font|meta|title|body|head)\\b");
    private static final Pattern HTML_DOC = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<body[\\s>]");

    /** HTML by content, not by file name: a {@code .txt} dump may hold markup, a {@code .html} may be text. */
    static boolean looksHtml(String s) {
        String head = s.length() > 65536 ? s.substring(0, 65536) : s;
        if (HTML_DOC.matcher(head).find()) {
            return true;
        }
        Matcher m = HTML_TAG.matcher(head);
        int k = 0;
        while (m.find()) {
            if (++k >= 3) {
                return true;
            }
        }
        return false;
    }
}
