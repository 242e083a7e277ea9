package io.regionpulse.text;

import java.time.Instant;

/**
 * One ingested page as the cleaner sees it: the bytes exactly as read plus what ingest learned
 * about them. {@code format} is one of {@code txt, html, md, jsonl, warc}; for {@code jsonl} the
 * raw bytes are the JSON object of one line, for {@code warc} the HTTP payload of one response
 * record. {@code charset} is the charset ingest detected (or the HTTP header's), never null.
 */
public record PageInput(
        String pageId,
        String sourceUri,
        long recordOffset,
        String url,
        String format,
        String charset,
        byte[] raw,
        Instant fetchedAt) {}
