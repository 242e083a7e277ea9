package io.regionpulse.text;

import java.time.Instant;

/**
 * Fifth step: the publish date from ranked candidates, first usable wins: metadata, the byline
 * near the headline, an element marked as the date, a date-only line opening the body, the URL,
 * the fetch time. {@link DateSource} says which won.
 */
final class PublishDates {
    private PublishDates() {}

    /** The candidates of one page; any may be null. */
    record Candidates(Instant metadata, Instant byline, Instant marked, Instant body, Instant url, Instant fetched) {}

    /** The chosen date and where it came from; both null when no candidate exists. */
    record Choice(Instant instant, DateSource source) {}

    static Choice pick(Candidates c) {
        if (c.metadata() != null) {
            return new Choice(c.metadata(), DateSource.METADATA);
        }
        if (c.byline() != null) {
            return new Choice(c.byline(), DateSource.HEADER);
        }
        if (c.marked() != null) {
            // an element marked as the date (class="time"), or the update time
            return new Choice(c.marked(), DateSource.HEADER);
        }
        if (c.body() != null) {
            return new Choice(c.body(), DateSource.BODY);
        }
        if (c.url() != null) {
            return new Choice(c.url(), DateSource.URL);
        }
        if (c.fetched() != null) {
            return new Choice(c.fetched(), DateSource.FETCHED);
        }
        return new Choice(null, null);
    }
}
