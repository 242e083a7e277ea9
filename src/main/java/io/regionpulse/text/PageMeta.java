package io.regionpulse.text;

import java.time.Instant;

/** Metadata gathered from the container (JSON line, front matter, HTML head); any field may be null. */
final class PageMeta {
    String title;
    String titleTag;
    String h1;
    Instant published;
    String source;
    String author;
    String url;
    Instant markedDate;

    static String first(String... xs) {
        for (String x : xs) {
            if (x != null && !x.isBlank()) {
                return x.strip();
            }
        }
        return null;
    }
}
