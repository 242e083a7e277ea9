package io.regionpulse.text;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page bytes → clean Simplified-Chinese document with metadata, or a reject.
 *
 * <p>Steps: decode (ingest's charset), unwrap JSON lines and YAML front matter, sniff HTML by
 * content (a {@code .txt} may hold HTML), extract lines (density-based main content for HTML,
 * every line for text dumps), repair characters (mojibake, inline pinyin, full-width digits),
 * convert Traditional to Simplified once for the whole page, read title and byline, then decide
 * per line: breadcrumbs, licence and copyright lines, share bars, numbered headline lists and
 * everything after a "相关阅读/延伸阅读/标签" heading are dropped.
 *
 * <p>Rejects: {@code too_large} (decoded text above maxChars), {@code bad_encoding},
 * {@code malformed_record} (a JSON line that is not an object), {@code empty_after_cleaning},
 * {@code not_chinese}. One instance per task; it is stateless apart from the converter.
 */
public final class PageCleaner {
    static final ZoneId CHINA = Dates.CHINA;
    private static final int HEADER_LINES = 8;
    private static final int BODY_CHARS_BEFORE_TAIL = 40;

    private final CleanerSettings settings;
    private final ScriptConverter converter;

    public PageCleaner(CleanerSettings settings, ScriptConverter converter) {
        this.settings = settings;
        this.converter = converter;
    }

    /** Metadata gathered from the container (JSON line, front matter, HTML head). */
    private static final class Meta {
        String title;
        String titleTag;
        String h1;
        Instant published;
        String source;
        String author;
        String url;
        Instant markedDate;
    }

    public CleanOutcome clean(PageInput in) {
        byte[] raw = in.raw();
        if (raw == null || raw.length == 0) {
            return CleanOutcome.reject("empty_after_cleaning", "no bytes");
        }
        if (raw.length > (long) settings.maxChars() * 4L) {
            return CleanOutcome.reject("too_large", raw.length + " bytes");
        }
        Meta meta = new Meta();
        meta.url = in.url();
        String charset = Charsets.normalize(in.charset());
        if (charset == null) {
            charset = Charsets.sniff(raw, null);
        }
        String body;
        if ("jsonl".equals(in.format())) {
            JsonPage jp = JsonPage.parse(raw);
            if (jp == null) {
                return CleanOutcome.reject("malformed_record", "not a JSON object");
            }
            meta.title = jp.title();
            meta.published = Dates.parseInstant(jp.published());
            meta.source = jp.source();
            meta.author = jp.author();
            if (meta.url == null) {
                meta.url = jp.url();
            }
            body = jp.html() != null ? jp.html() : jp.text();
            if (body == null) {
                return CleanOutcome.reject("empty_after_cleaning", "JSON line without html or content");
            }
            charset = jp.charset();
        } else {
            body = Charsets.decode(raw, charset);
        }
        if (body.length() > settings.maxChars()) {
            return CleanOutcome.reject("too_large", body.length() + " chars, limit " + settings.maxChars());
        }
        String problem = Charsets.textProblem(body, charset);
        if (problem != null) {
            return CleanOutcome.reject("bad_encoding", problem);
        }
        FrontMatter fm = FrontMatter.parse(body);
        if (fm != null) {
            body = fm.body();
            meta.title = first(meta.title, fm.title());
            meta.published = meta.published != null ? meta.published : fm.date();
            meta.source = first(meta.source, fm.source());
            meta.author = first(meta.author, fm.author());
            meta.url = first(meta.url, fm.url());
        }

        List<String> lines;
        List<Boolean> inContent;
        boolean html = looksHtml(body);
        if (html) {
            HtmlExtractor.Extracted ex = HtmlExtractor.extract(body, meta.url);
            lines = ex.lines();
            inContent = ex.inContent();
            HtmlExtractor.Meta hm = ex.meta();
            meta.titleTag = hm.title();
            meta.h1 = ex.h1();
            meta.title = first(meta.title, hm.ogTitle());
            meta.published = meta.published != null ? meta.published : hm.published();
            meta.source = first(meta.source, hm.source());
            meta.author = first(meta.author, hm.author());
            meta.url = first(meta.url, hm.url());
            meta.markedDate = hm.markedDate();
        } else {
            lines = new ArrayList<>();
            for (String l : body.split("\r?\n|\r")) {
                lines.add(Markdown.strip(l));
            }
            inContent = null;
        }

        // Character repairs on the whole page at once, then one script conversion.
        List<String> flags = new ArrayList<>();
        String joined = String.join("\n", lines);
        // Pinyin first: the annotations sit inside the garbled runs and would block the byte repair.
        String noPinyin = TextRepair.removePinyin(joined);
        if (!noPinyin.equals(joined)) {
            flags.add("pinyin_removed");
        }
        TextRepair.Mojibake mj = TextRepair.repairMojibake(noPinyin);
        if (mj.detected()) {
            flags.add("mojibake");
        }
        if (mj.repaired()) {
            flags.add("mojibake_repaired");
        }
        String repaired = TextRepair.dropPrivateUse(mj.text());
        String normalized = TextRepair.normalizeWidth(repaired);
        Script script = convert(normalized);
        if (!script.text.equals(normalized)) {
            flags.add("converted_t2s");
        }
        List<String> conv = List.of(script.text.split("\n", -1));
        if (conv.size() != lines.size()) {
            inContent = null; // the converter changed line structure: treat every line as content
        }
        boolean toSimplified = !script.name.equals("simplified");
        meta.title = simplify(meta.title, toSimplified);
        meta.titleTag = simplify(meta.titleTag, toSimplified);
        meta.h1 = simplify(meta.h1, toSimplified);

        Assembly a = assemble(conv, inContent, meta, html);
        String text = String.join("\n", a.body);
        int han = Boilerplate.han(text);
        if (text.length() < settings.minChars()) {
            return CleanOutcome.reject("empty_after_cleaning", "only " + text.length() + " chars of main text");
        }
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
        // Latin words count once per word rather than per letter: "GDP" is one token like "增".
        double share = han == 0 ? 0 : han / (han + latin / 4.0);
        if (share < settings.minChineseShare()) {
            return CleanOutcome.reject("not_chinese", String.format(Locale.ROOT, "Han share %.2f", share));
        }

        Instant publishedAt;
        String dateSource;
        if (meta.published != null) {
            publishedAt = meta.published;
            dateSource = "metadata";
        } else if (a.headerDate != null) {
            publishedAt = a.headerDate;
            dateSource = "header";
        } else if (meta.markedDate != null) {
            publishedAt = meta.markedDate; // an element marked as the date (class="time"), or the update time
            dateSource = "header";
        } else if (a.bodyDate != null) {
            publishedAt = a.bodyDate;
            dateSource = "body";
        } else if (Dates.fromUrl(meta.url) != null) {
            publishedAt = Dates.fromUrl(meta.url);
            dateSource = "url";
        } else if (in.fetchedAt() != null) {
            publishedAt = in.fetchedAt();
            dateSource = "fetched";
        } else {
            publishedAt = null;
            dateSource = null;
        }
        LocalDate date = Dates.chinaDate(publishedAt);

        String source =
                clip(first(Bylines.cleanName(simplify(meta.source, toSimplified)), a.headerSource, a.bodySource));
        String author = first(a.headerAuthor, a.reporter);
        String metaAuthor = simplify(meta.author, toSimplified);
        if (metaAuthor != null && Boilerplate.han(metaAuthor) == 0 && !metaAuthor.matches(".*[A-Za-z]{2}.*")) {
            metaAuthor = null; // a numeric user id, not a name
        }
        if (author == null) {
            author = first(metaAuthor, a.editor);
        }
        String originalScript = script.name;
        return CleanOutcome.ok(new CleanedPage(
                a.title,
                publishedAt,
                date,
                dateSource,
                source,
                clip(author),
                meta.url,
                hostOf(meta.url),
                originalScript,
                text,
                List.copyOf(flags)));
    }

    // --- script ------------------------------------------------------------------------------

    private record Script(String text, String name) {}

    /**
     * One conversion for the whole page. The share of Han characters the conversion changed says
     * the input script: under 2 % simplified (HanLP also rewrites a few simplified variants),
     * from 10 % traditional, between the two mixed.
     */
    private Script convert(String s) {
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
        String name = share < 0.02 ? "simplified" : share >= 0.10 ? "traditional" : "mixed";
        if (name.equals("simplified")) {
            // Keep simplified input as written: the few changes are variant rewrites, not conversions.
            return new Script(s, name);
        }
        return new Script(simp, name);
    }

    /** Metadata strings get the same repairs as the text; conversion only when the page itself was not simplified. */
    private String simplify(String s, boolean convert) {
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

    // --- lines -------------------------------------------------------------------------------

    /** The outcome of the per-line decisions. */
    private static final class Assembly {
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

    private Assembly assemble(List<String> pageLines, List<Boolean> inContent, Meta meta, boolean html) {
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

    private static boolean isTitleRepeat(String l, String title, Meta meta) {
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

    private static List<String> siteNames(Meta meta) {
        List<String> names = new ArrayList<>(2);
        if (meta.source != null) {
            names.add(meta.source);
        }
        if (meta.author != null) {
            names.add(meta.author);
        }
        return names;
    }

    private static String htmlTitle(Meta meta, List<String> lines) {
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

    // --- helpers -----------------------------------------------------------------------------

    private static final Pattern HTML_TAG = Pattern.compile(
            "(?i)<(?:p|div|br|span|table|td|li|ul|article|section|h[1-6]|a\\s|img|strong|font|meta|title|body|head)\\b");
    private static final Pattern HTML_DOC = Pattern.compile("(?i)<!doctype\\s+html|<html[\\s>]|<body[\\s>]");

    /** HTML by content, not by file name: a {@code .txt} dump may hold markup, a {@code .html} may be text. */
    static boolean looksHtml(String s) {
        String head = s.length() > 65536 ? s.substring(0, 65536) : s;
        if (HTML_DOC.matcher(head).find()) {
            return true;
        }
        java.util.regex.Matcher m = HTML_TAG.matcher(head);
        int k = 0;
        while (m.find()) {
            if (++k >= 3) {
                return true;
            }
        }
        return false;
    }

    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t.length() > 40 ? t.substring(0, 40) : t;
    }

    private static String first(String... xs) {
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                return x.strip();
            }
        }
        return null;
    }
}
