package io.regionpulse.text;

import io.regionpulse.codes.DateSource;
import java.time.Duration;
import java.time.Instant;

/**
 * Fifth step: the publish date from ranked candidates, first usable wins: metadata, the byline
 * near the headline, an element marked as the date, a date-only line opening the body, the URL,
 * the fetch time. {@link DateSource} says which won.
 *
 * <p>A candidate later than the fetch time (without one, the run time) plus {@link #MARGIN} is not
 * a publish date (an event announced for next month, a wrong clock): the next candidate wins.
 * Year-only strings never become candidates ({@link Dates} needs a day).
 */
final class PublishDates {
    private PublishDates() {}

    /** The candidates of one page; any may be null. */
    record Candidates(Instant metadata, Instant byline, Instant marked, Instant body, Instant url, Instant fetched) {}

    /** The chosen date and where it came from; both null when no candidate exists. */
    record Choice(Instant instant, DateSource source) {}

    /** Slack for clocks and zones: a page fetched just after midnight UTC may say tomorrow in China. */
    static final Duration MARGIN = Duration.ofHours(36);

    static Choice pick(Candidates c, Instant runTime) {
        Instant now = c.fetched() != null ? c.fetched() : runTime;
        Instant limit = now == null ? null : now.plus(MARGIN);
        if (usable(c.metadata(), limit)) {
            return new Choice(c.metadata(), DateSource.METADATA);
        }
        if (usable(c.byline(), limit)) {
            return new Choice(c.byline(), DateSource.HEADER);
        }
        if (usable(c.marked(), limit)) {
            // an element marked as the date (class="time"), or the update time
            return new Choice(c.marked(), DateSource.HEADER);
        }
        if (usable(c.body(), limit)) {
            return new Choice(c.body(), DateSource.BODY);
        }
        if (usable(c.url(), limit)) {
            return new Choice(c.url(), DateSource.URL);
        }
        if (c.fetched() != null) {
            return new Choice(c.fetched(), DateSource.FETCHED);
        }
        return new Choice(null, null);
    }

    private static boolean usable(Instant candidate, Instant limit) {
        return candidate != null && (limit == null || !candidate.isAfter(limit));
    }
}
