package io.regionpulse.text;

import io.regionpulse.codes.CleanFlag;
import io.regionpulse.codes.DateSource;
import io.regionpulse.codes.OriginalScript;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned document: the article's main text in Simplified Chinese, paragraphs separated by
 * {@code \n}, plus the metadata found on the page.
 *
 * <p>The codes written to tables are closed types: {@link DateSource}, {@link OriginalScript} and
 * {@link CleanFlag}; {@link #dateSource()}, {@link #originalScript()} and {@link #flags()} give
 * their stable {@code code()} strings. {@code publishedDate} is the business date in Asia/Shanghai.
 */
public record CleanedPage(
        String title,
        Instant publishedAt,
        LocalDate publishedDate,
        DateSource dateSourceKind,
        String sourceName,
        String author,
        String url,
        String site,
        OriginalScript script,
        String text,
        List<CleanFlag> cleanFlags) {

    /** {@code documents.date_source}: metadata, header, body, url, fetched; null without a date. */
    public String dateSource() {
        return dateSourceKind == null ? null : dateSourceKind.code();
    }

    /** {@code documents.original_script}: simplified, traditional, mixed. */
    public String originalScript() {
        return script == null ? null : script.code();
    }

    /** {@code documents.flags}: the codes of {@link #cleanFlags()} in order. */
    public List<String> flags() {
        return cleanFlags.stream().map(CleanFlag::code).toList();
    }
}
