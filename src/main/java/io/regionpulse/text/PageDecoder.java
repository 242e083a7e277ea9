package io.regionpulse.text;

/**
 * First step of cleaning: page bytes → decoded text plus container metadata, or a reject. Decodes
 * with ingest's charset, unwraps a JSON line ({@code html} or {@code content} with its fields) and
 * YAML front matter, and applies the size and encoding checks.
 *
 * <p>Rejects: {@code empty_after_cleaning} (no bytes, a JSON line without html or content),
 * {@code too_large}, {@code malformed_record} (a JSON line that is not an object), {@code
 * bad_encoding}.
 */
final class PageDecoder {
    private PageDecoder() {}

    /** Decoded text and metadata, or the reject (then {@code text} and {@code meta} are null). */
    record Decoded(String text, PageMeta meta, CleanOutcome reject) {
        static Decoded rejected(String reason, String detail) {
            return new Decoded(null, null, CleanOutcome.reject(reason, detail));
        }
    }

    static Decoded decode(PageInput in, CleanerSettings settings) {
        byte[] raw = in.raw();
        if (raw == null || raw.length == 0) {
            return Decoded.rejected("empty_after_cleaning", "no bytes");
        }
        if (raw.length > (long) settings.maxChars() * 4L) {
            return Decoded.rejected("too_large", raw.length + " bytes");
        }
        PageMeta meta = new PageMeta();
        meta.url = in.url();
        String charset = Charsets.normalize(in.charset());
        if (charset == null) {
            charset = Charsets.sniff(raw, null);
        }
        String body;
        if ("jsonl".equals(in.format())) {
            JsonPage jp = JsonPage.parse(raw);
            if (jp == null) {
                return Decoded.rejected("malformed_record", "not a JSON object");
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
                return Decoded.rejected("empty_after_cleaning", "JSON line without html or content");
            }
            charset = jp.charset();
        } else {
            body = Charsets.decode(raw, charset);
        }
        if (body.length() > settings.maxChars()) {
            return Decoded.rejected("too_large", body.length() + " chars, limit " + settings.maxChars());
        }
        String problem = Charsets.textProblem(body, charset);
        if (problem != null) {
            return Decoded.rejected("bad_encoding", problem);
        }
        FrontMatter fm = FrontMatter.parse(body);
        if (fm != null) {
            body = fm.body();
            meta.title = PageMeta.first(meta.title, fm.title());
            meta.published = meta.published != null ? meta.published : fm.date();
            meta.source = PageMeta.first(meta.source, fm.source());
            meta.author = PageMeta.first(meta.author, fm.author());
            meta.url = PageMeta.first(meta.url, fm.url());
        }
        return new Decoded(body, meta, null);
    }
}
