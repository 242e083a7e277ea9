package io.regionpulse.ingest;

import java.util.Arrays;
import java.util.Optional;

/**
 * The closed set of {@code rejects.reason} codes. {@link #code()} is the stable string stored in
 * the table; renaming a constant never changes it. Ingest emits the first group, clean the second
 * ({@code too_large, malformed_record, bad_encoding} can come from either stage).
 */
public enum RejectReason {
    /** An empty or whitespace-only file, WARC payload or JSON line (a blank line of a JSON lines file). */
    EMPTY_INPUT("empty_input"),
    /** NUL or control bytes in the first 8 KB, or a WARC payload whose Content-Type is not text. */
    BINARY("binary"),
    /** A record over {@code regionpulse.ingest.max-record-bytes} (or a text over clean's max-chars). */
    TOO_LARGE("too_large"),
    /** A record that cannot be parsed: a broken JSON line, a WARC record whose Content-Length lies, a truncated gzip member, a reader failure. */
    MALFORMED_RECORD("malformed_record"),
    /** Bytes that do not decode in the detected charset. */
    BAD_ENCODING("bad_encoding"),
    /** A WARC response that is not a page (HTTP status outside 2xx). */
    NOT_A_PAGE("not_a_page"),
    /** A file whose name is not an input format (txt, html, md, jsonl, warc). */
    UNSUPPORTED_FORMAT("unsupported_format"),
    /** A file that cannot be opened or listed: permission, dangling symlink, symlink cycle (ELOOP). */
    UNREADABLE("unreadable"),
    /** clean: no main text left after boilerplate removal. */
    EMPTY_AFTER_CLEANING("empty_after_cleaning"),
    /** clean: too little Han text to be a Chinese article. */
    NOT_CHINESE("not_chinese"),
    /** clean: the cleaner threw on this page (a bug on one odd page never fails the run). */
    CLEANER_ERROR("cleaner_error");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    /** The stable value stored in {@code rejects.reason}. */
    public String code() {
        return code;
    }

    public static Optional<RejectReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    /** Every code, comma-separated, for the table contract. */
    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(RejectReason::code).toList());
    }

    @Override
    public String toString() {
        return code;
    }
}
