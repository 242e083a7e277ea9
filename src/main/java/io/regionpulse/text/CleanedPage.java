package io.regionpulse.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cleaned document: the article's main text in Simplified Chinese, paragraphs separated by
 * {@code \n}, plus the metadata found on the page.
 *
 * <p>{@code dateSource} is one of {@code metadata, header, body, url, fetched};
 * {@code originalScript} one of {@code simplified, traditional, mixed}; {@code flags} holds what
 * the cleaner did or noticed ({@code mojibake, mojibake_repaired, pinyin_removed, converted_t2s,
 * boilerplate_removed, ...}). {@code publishedDate} is the business date in Asia/Shanghai.
 */
public record CleanedPage(
        String title,
        Instant publishedAt,
        LocalDate publishedDate,
        String dateSource,
        String sourceName,
        String author,
        String url,
        String site,
        String originalScript,
        String text,
        List<String> flags) {}
