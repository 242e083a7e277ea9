package io.regionpulse.codes;

/** {@code rejects.reason}: why a record or a page could not be used. */
public enum RejectReason implements Code {
    EMPTY_INPUT("empty_input", "The file or record has no bytes"),
    BINARY("binary", "The bytes are not text (NUL bytes, an image, an archive)"),
    TOO_LARGE("too_large", "Larger than regionpulse.ingest.max-page-bytes; reading stopped at the limit"),
    BAD_ENCODING("bad_encoding", "No charset decodes the bytes into readable text"),
    MALFORMED_RECORD(
            "malformed_record",
            "A record of a batch file that cannot be parsed (broken JSON line, cut WARC record or gzip member, a reader failure); detail has the offset and the cause"),
    UNSUPPORTED_FORMAT("unsupported_format", "A file of a type the ingest stage does not read"),
    NOT_A_PAGE(
            "not_a_page", "A record that is not a crawled page (WARC request, metadata, a JSON line without content)"),
    UNREADABLE(
            "unreadable", "The file could not be read (permissions, vanished, a dangling symlink or a symlink cycle)"),
    NOT_CHINESE("not_chinese", "The main text is not Chinese"),
    EMPTY_AFTER_CLEANING(
            "empty_after_cleaning", "Nothing of the page is left once navigation and boilerplate are removed"),
    CLEANER_ERROR(
            "cleaner_error", "The cleaner failed on this page (a bug: detail has the exception); the run goes on");

    private final String code;
    private final String meaning;

    RejectReason(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
