package io.regionpulse.codes;

/** {@code documents.date_source}: which ranked candidate gave the publish date, best first. */
public enum DateSource implements Code {
    @Meaning("A date field of the container or the head: JSON line, front matter, <meta>, JSON-LD")
    METADATA,
    @Meaning("The byline near the headline (also in a layout-table row), or an element marked as the date")
    HEADER,
    @Meaning("A date-only line opening the article text (only when no byline date exists)")
    BODY,
    @Meaning("A date in the URL path")
    URL,
    @Meaning("The fetch time: the page gave no usable date (none, year-only, or later than the fetch)")
    FETCHED
}
