package io.regionpulse.text;

import io.regionpulse.codes.OriginalScript;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Page bytes → clean Simplified-Chinese document with metadata, or a reject. The steps, each its
 * own class with its own table-driven test:
 *
 * <ol>
 *   <li>{@link PageDecoder}: decode (ingest's charset), unwrap JSON lines and YAML front matter;
 *   <li>{@link PageLines}: sniff HTML by content, extract lines (main content marked by {@link
 *       HtmlExtractor} for HTML, every line for text dumps);
 *   <li>{@link ScriptCheck}: repair characters (mojibake, inline pinyin, full-width digits), convert
 *       Traditional to Simplified once for the whole page, the language check;
 *   <li>{@link LineRules}: title, bylines, and the per-line decisions (chrome, lists, tails);
 *   <li>{@link PublishDates}: the publish date from ranked candidates.
 * </ol>
 *
 * <p>Rejects: {@code too_large} (decoded text above maxChars), {@code bad_encoding},
 * {@code malformed_record} (a JSON line that is not an object), {@code empty_after_cleaning},
 * {@code not_chinese}. One instance per task; it is stateless apart from the converter.
 */
public final class PageCleaner {
    /**
     * Version of the cleaning rules: bump it in the commit that changes what the cleaner makes of
     * a page (main text, title, dates, flags), so {@code reprocess --only-outdated} re-cleans the
     * documents of earlier rules. The settings are hashed into the version next to it.
     */
    public static final int RULES_VERSION = 1;

    static final ZoneId CHINA = Dates.CHINA;

    private final CleanerSettings settings;
    private final ScriptCheck scripts;
    private final Instant runTime;

    /** A cleaner for a run starting now: dates later than the fetch time (or now) are not trusted. */
    public PageCleaner(CleanerSettings settings, ScriptConverter converter) {
        this(settings, converter, Instant.now());
    }

    /** A cleaner whose run time (used for pages without a fetch time) is given. */
    public PageCleaner(CleanerSettings settings, ScriptConverter converter, Instant runTime) {
        this.settings = settings;
        this.scripts = new ScriptCheck(converter);
        this.runTime = runTime;
    }

    public CleanOutcome clean(PageInput in) {
        PageDecoder.Decoded decoded = PageDecoder.decode(in, settings);
        if (decoded.reject() != null) {
            return decoded.reject();
        }
        PageMeta meta = decoded.meta();
        PageLines.Lines pl = PageLines.split(decoded.text(), meta);
        List<String> lines = pl.lines();
        List<Boolean> inContent = pl.inContent();

        ScriptCheck.Repaired script = scripts.repair(String.join("\n", lines));
        List<String> conv = List.of(script.text().split("\n", -1));
        if (conv.size() != lines.size()) {
            inContent = null; // the converter changed line structure: treat every line as content
        }
        boolean toSimplified = script.script() != OriginalScript.SIMPLIFIED;
        meta.title = scripts.simplify(meta.title, toSimplified);
        meta.titleTag = scripts.simplify(meta.titleTag, toSimplified);
        meta.h1 = scripts.simplify(meta.h1, toSimplified);

        LineRules.Assembly a = LineRules.assemble(conv, inContent, meta, pl.html());
        String text = String.join("\n", a.body);
        if (text.length() < settings.minChars()) {
            return CleanOutcome.reject("empty_after_cleaning", "only " + text.length() + " chars of main text");
        }
        double share = ScriptCheck.chineseShare(text);
        if (share < settings.minChineseShare()) {
            return CleanOutcome.reject("not_chinese", String.format(Locale.ROOT, "Han share %.2f", share));
        }

        PublishDates.Choice date = PublishDates.pick(
                new PublishDates.Candidates(
                        meta.published,
                        a.headerDate,
                        meta.markedDate,
                        a.bodyDate,
                        Dates.fromUrl(meta.url),
                        in.fetchedAt()),
                runTime);
        Instant publishedAt = date.instant();
        LocalDate day = Dates.chinaDate(publishedAt);

        String source = clip(PageMeta.first(
                Bylines.cleanName(scripts.simplify(meta.source, toSimplified)), a.headerSource, a.bodySource));
        String author = PageMeta.first(a.headerAuthor, a.reporter);
        String metaAuthor = scripts.simplify(meta.author, toSimplified);
        if (metaAuthor != null && Boilerplate.han(metaAuthor) == 0 && !metaAuthor.matches(".*[A-Za-z]{2}.*")) {
            metaAuthor = null; // a numeric user id, not a name
        }
        if (author == null) {
            author = PageMeta.first(metaAuthor, a.editor);
        }
        return CleanOutcome.ok(new CleanedPage(
                a.title,
                publishedAt,
                day,
                date.source(),
                source,
                clip(author),
                meta.url,
                hostOf(meta.url),
                script.script(),
                text,
                List.copyOf(script.flags())));
    }

    /** HTML by content, not by file name (see {@link PageLines#looksHtml}). */
    static boolean looksHtml(String s) {
        return PageLines.looksHtml(s);
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
}
