package io.regionpulse.text;

/**
 * Where a document's publish date came from, best first; {@link #code()} is what {@code
 * documents.date_source} holds and never changes.
 */
public enum DateSource {
    /** A date field of the container or the head: JSON line, front matter, {@code <meta>}, JSON-LD. */
    METADATA("metadata"),
    /** The byline near the headline, or an element marked as the date ({@code <time>}, class="time"). */
    HEADER("header"),
    /** A date-only line at the start of the article text (only when no byline date exists). */
    BODY("body"),
    /** A date in the URL path. */
    URL("url"),
    /** The fetch time: the page itself gave no usable date. */
    FETCHED("fetched");

    private final String code;

    DateSource(String code) {
        this.code = code;
    }

    /** The stable table value. */
    public String code() {
        return code;
    }
}
