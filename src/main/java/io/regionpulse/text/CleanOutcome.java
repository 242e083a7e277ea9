package io.regionpulse.text;

/**
 * Either a cleaned document or a reject with a stable reason code ({@code empty_after_cleaning},
 * {@code not_chinese}, {@code bad_encoding}, {@code malformed_record}, {@code too_large}, ...).
 */
public record CleanOutcome(CleanedPage page, String rejectReason, String rejectDetail) {
    public static CleanOutcome ok(CleanedPage page) {
        return new CleanOutcome(page, null, null);
    }

    public static CleanOutcome reject(String reason, String detail) {
        return new CleanOutcome(null, reason, detail);
    }

    public boolean isRejected() {
        return page == null;
    }
}
