package io.regionpulse.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fourth step: per-line decisions on the repaired, converted lines. Splits fused paragraphs, finds
 * the title, reads bylines near the title (outside the content they only give metadata), then
 * drops breadcrumbs, licence and copyright lines, share bars, date-only lines, runs of three or
 * more list items (headline lists), repeated paragraphs and everything after a
 * "相关阅读/延伸阅读/标签" heading.
 */
final class LineRules {
    private LineRules() {}

    private static final int HEADER_LINES = 8;
    private static final int BODY_CHARS_BEFORE_TAIL = 40;

    /** The outcome of the per-line decisions. */
    static final class Assembly {
        String title;
        final List<String> body = new ArrayList<>();
        Instant headerDate;
        Instant bodyDate;
        String headerSource;
        String bodySource;
        String headerAuthor;
        String reporter;
        String editor;
    }

    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]{2,}");

    static Assembly assemble(List<String> pageLines, List<Boolean> inContent, PageMeta meta, boolean html) {
        Assembly a = new Assembly();
        // Split fused paragraphs ("…。  下一段") and drop inline chrome.
        List<String> lines = new ArrayList<>();
        List<Boolean> content = new ArrayList<>();
        List<Boolean> attr = new ArrayList<>();
        for (int i = 0; i < pageLines.size(); i++) {
            String l = pageLines.get(i);
            boolean c = inContent == null || inContent.get(i);
            if (l.indexOf('【') >= 0) {
                l = Boilerplate.INLINE_CHROME.matcher(l).replaceAll("");
            }
            boolean hadAttr = TextRepair.hasAttributeTail(l);
            if (hadAttr) {
                l = TextRepair.removeAttributeTails(l);
            }
            for (String seg : SPACE_RUN.split(l)) {
                String s = seg.strip();
                if (!s.isEmpty()) {
                    lines.add(s);
                    content.add(c);
                    attr.add(hadAttr);
                }
            }
        }

        // Title.
        int titleLine = -1;
        if (html) {
            a.title = htmlTitle(meta, lines);
        } else if (meta.title != null) {
            a.title = Titles.clean(meta.title, siteNames(meta));
        }
        if (a.title == null) {
            for (int i = 0; i < Math.min(lines.size(), 10); i++) {
                String l = lines.get(i);
                if (isTitleLike(l)) {
                    a.title = Titles.clean(l);
                    titleLine = i;
                    break;
                }
            }
        }
        if (a.title == null && !lines.isEmpty()) {
            a.title = Titles.clean(lines.get(0).length() > 60 ? lines.get(0).substring(0, 60) : lines.get(0));
        }

        // Bylines near the title: outside the content (HTML) they only give metadata.
        int anchor = titleLine;
        if (anchor < 0 && a.title != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).equals(a.title)
                        || lines.get(i).startsWith(a.title) && lines.get(i).length() < a.title.length() + 30) {
                    anchor = i;
                    break;
                }
            }
        }
        if (html && anchor >= 0) {
            for (int i = anchor + 1; i < Math.min(lines.size(), anchor + 1 + HEADER_LINES); i++) {
                if (!content.get(i)) {
                    takeByline(a, Bylines.parse(lines.get(i)), true);
                }
            }
        }
        if (html && a.headerDate == null) {
            // Far from the headline, only a labelled date counts ("发布日期：2019-09-23 14:34:05").
            for (int i = Math.max(0, anchor); i < lines.size() && a.headerDate == null; i++) {
                String l = lines.get(i);
                if (!content.get(i) && l.length() <= 120) {
                    Bylines.Byline b = Bylines.parse(l);
                    if (b.labels() > 0 && b.date() != null) {
                        takeByline(a, b, true);
                    }
                }
            }
        }

        // Content lines.
        List<String> body = new ArrayList<>();
        List<Boolean> listItem = new ArrayList<>();
        int bodyHan = 0;
        int seen = 0;
        boolean headerOpen = true;
        for (int i = 0; i < lines.size(); i++) {
            if (!content.get(i) || i == titleLine) {
                continue;
            }
            String l = lines.get(i);
            if (!html && i < titleLine) {
                continue; // before the title line of a text dump: breadcrumbs and site names
            }
            seen++;
            if (isTitleRepeat(l, a.title, meta)) {
                continue;
            }
            if (headerOpen && seen <= HEADER_LINES) {
                Bylines.Byline b = Bylines.parse(l);
                if (isByline(l, b)) {
                    takeByline(a, b, true);
                    String rest = l.substring(Math.min(l.length(), b.metaEnd())).strip();
                    rest = rest.replaceFirst("^[\\s:：,，、|丨]+", "");
                    if (rest.length() >= 30 && Boilerplate.punctuation(rest) > 0 && !attr.get(i)) {
                        l = rest;
                    } else {
                        continue;
                    }
                }
            }
            if (Boilerplate.isTailHeading(l)) {
                if (bodyHan >= BODY_CHARS_BEFORE_TAIL) {
                    break;
                }
                continue;
            }
            if (Boilerplate.isChrome(l)) {
                Bylines.Byline b = Bylines.parse(l);
                if (b.editor() != null && a.editor == null) {
                    a.editor = b.editor();
                }
                continue;
            }
            if (Boilerplate.isBreadcrumb(l) || Boilerplate.isDateOnly(l)) {
                if (a.bodyDate == null && Boilerplate.isDateOnly(l) && bodyHan == 0) {
                    Dates.Found f = Dates.find(l);
                    a.bodyDate = f == null ? null : f.instant();
                }
                continue;
            }
            if (Boilerplate.han(l) == 0 && l.length() < 30 && !l.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            if (l.length() < 80) {
                Bylines.Byline b = Bylines.parse(l);
                if (b.labels() > 0 && (b.metaEnd() - b.metaStart()) * 10 >= l.length() * 6) {
                    takeByline(a, b, false);
                    continue;
                }
            }
            if (a.reporter == null) {
                a.reporter = Bylines.reporterInParens(l);
            }
            if (l.length() >= 40 && Boilerplate.punctuation(l) >= 2) {
                headerOpen = false;
            }
            body.add(l);
            listItem.add(Boilerplate.isListItem(l));
            bodyHan += Boilerplate.han(l);
        }
        if (a.bodyDate == null) {
            for (String l : body) {
                if (l.length() <= 60) {
                    Dates.Found f = Dates.find(l);
                    if (f != null) {
                        a.bodyDate = f.instant();
                        break;
                    }
                }
            }
        }

        // Runs of three or more list items are headline lists.
        boolean[] drop = new boolean[body.size()];
        int runStart = -1;
        for (int i = 0; i <= body.size(); i++) {
            boolean li = i < body.size() && listItem.get(i);
            if (li && runStart < 0) {
                runStart = i;
            } else if (!li && runStart >= 0) {
                if (i - runStart >= 3) {
                    for (int k = runStart; k < i; k++) {
                        drop[k] = true;
                    }
                }
                runStart = -1;
            }
        }
        List<String> kept = new ArrayList<>();
        Set<String> seenLines = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            String l = body.get(i);
            if (drop[i]) {
                continue;
            }
            if (l.length() >= 10 && !seenLines.add(l)) {
                continue; // repeated paragraph (mobile and desktop copies, summary repeated)
            }
            kept.add(l);
        }
        // A lead-in that repeats a later paragraph (the meta description printed above the article).
        for (int i = 0; i < Math.min(3, kept.size()); i++) {
            String l = kept.get(i);
            if (l.length() >= 10 && l.length() < 200) {
                for (int j = i + 1; j < kept.size(); j++) {
                    if (kept.get(j).length() > l.length() && kept.get(j).contains(l)) {
                        kept.remove(i);
                        i--;
                        break;
                    }
                }
            }
        }
        // Leading labels of a few characters without punctuation ("图集", "超大"): widget chrome.
        while (kept.size() > 1 && kept.get(0).length() <= 4 && Boilerplate.punctuation(kept.get(0)) == 0) {
            kept.remove(0);
        }
        // Trailing short lines without sentence punctuation: widget titles, "微信公众号", "?".
        while (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            if (last.length() < 25 && !Boilerplate.endsSentence(last) && Boilerplate.punctuation(last) == 0) {
                kept.remove(kept.size() - 1);
            } else {
                break;
            }
        }
        a.body.addAll(kept);
        return a;
    }

    private static void takeByline(Assembly a, Bylines.Byline b, boolean header) {
        if (header) {
            if (a.headerDate == null && b.date() != null) {
                a.headerDate = b.date().instant();
            }
            if (a.headerSource == null && b.source() != null) {
                a.headerSource = b.source();
            }
            if (a.headerAuthor == null && b.author() != null) {
                a.headerAuthor = b.author();
            }
        } else {
            if (a.bodySource == null && b.source() != null) {
                a.bodySource = b.source();
            }
            if (a.reporter == null && b.author() != null) {
                a.reporter = b.author();
            }
        }
        if (a.editor == null && b.editor() != null) {
            a.editor = b.editor();
        }
    }

    /**
     * A byline line: labelled fields (来源/作者/时间), or a date with a time of day, covering most
     * of the line or followed by the fused article text.
     */
    private static boolean isByline(String l, Bylines.Byline b) {
        if (b.isEmpty()) {
            return false;
        }
        if (b.labels() > 0 && (b.source() != null || b.author() != null || b.date() != null)) {
            return true;
        }
        if (b.date() != null && b.date().hasTime()) {
            return true;
        }
        return b.date() != null && l.length() <= 40 && Boilerplate.punctuation(l) <= 1;
    }

    private static boolean isTitleLike(String l) {
        int han = Boilerplate.han(l);
        return han >= 4
                && l.length() <= 80
                && !Boilerplate.isBreadcrumb(l)
                && !Boilerplate.isChrome(l)
                && !Boilerplate.isDateOnly(l)
                && !Boilerplate.isTailHeading(l)
                && !l.endsWith("。")
                && Bylines.parse(l).labels() == 0;
    }

    private static boolean isTitleRepeat(String l, String title, PageMeta meta) {
        if (title == null || l.length() > title.length() + 40) {
            return false;
        }
        String t = title.replace(" ", "");
        String x = l.replace(" ", "");
        if (x.equals(t) || meta.h1 != null && x.equals(meta.h1.replace(" ", ""))) {
            return true;
        }
        // "文章标题:…" is chrome; a line that is the title plus a site suffix is a repeat too
        return x.startsWith(t)
                && x.length() - t.length() <= 20
                && Titles.clean(l).replace(" ", "").equals(t);
    }

    private static List<String> siteNames(PageMeta meta) {
        List<String> names = new ArrayList<>(2);
        if (meta.source != null) {
            names.add(meta.source);
        }
        if (meta.author != null) {
            names.add(meta.author);
        }
        return names;
    }

    private static String htmlTitle(PageMeta meta, List<String> lines) {
        String tag = meta.titleTag == null ? null : meta.titleTag.strip();
        String h1 = meta.h1 == null ? null : meta.h1.strip();
        if (h1 != null && Boilerplate.han(h1) >= 4 && h1.length() <= 100) {
            if (tag == null || tag.replace(" ", "").contains(h1.replace(" ", "")) || meta.title == null) {
                return h1;
            }
        }
        if (meta.title != null) {
            return Titles.clean(meta.title, siteNames(meta));
        }
        String fromLines = Titles.fromLines(tag, lines);
        if (fromLines != null) {
            return fromLines;
        }
        if (tag != null) {
            return Titles.clean(tag, siteNames(meta));
        }
        return h1;
    }
}
