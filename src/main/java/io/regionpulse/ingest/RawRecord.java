package io.regionpulse.ingest;

import io.regionpulse.codes.RejectReason;
import java.time.Instant;

/**
 * One record read from an input file: a whole page file, one JSON line or one WARC response.
 * A record that could not be read carries a {@code rejectReason} (stable code) and whatever
 * bytes were available as {@code raw} (for the reject sample).
 */
public record RawRecord(
        String sourceUri,
        long recordOffset,
        String url,
        Instant fetchedAt,
        String format,
        String charset,
        byte[] raw,
        String rejectReason,
        String rejectDetail) {

    /** A record that could not be used: its reason, a detail line and the bytes kept as the reject sample. */
    public static RawRecord reject(
            String sourceUri,
            long recordOffset,
            String url,
            Instant fetchedAt,
            String format,
            byte[] sample,
            RejectReason reason,
            String detail) {
        return new RawRecord(sourceUri, recordOffset, url, fetchedAt, format, null, sample, reason.code(), detail);
    }

    public boolean isRejected() {
        return rejectReason != null;
    }
}
