package io.regionpulse.codes;

/** {@code rejects.reason}: why a record or a page could not be used. */
public enum RejectReason implements Code {
    @Meaning("The file or record has no content (a blank line of a JSON lines file too, so every line is counted)")
    EMPTY_INPUT,
    @Meaning("The bytes are not text (NUL bytes, an image, an archive)")
    BINARY,
    @Meaning("Larger than regionpulse.ingest.max-record-bytes; reading stopped at the limit")
    TOO_LARGE,
    @Meaning("No charset decodes the bytes into readable text")
    BAD_ENCODING,
    @Meaning(
            "A record of a batch file that cannot be parsed (broken JSON line, cut WARC record or gzip member, a reader failure); detail has the offset and the cause")
    MALFORMED_RECORD,
    @Meaning("A file of a type the ingest stage does not read")
    UNSUPPORTED_FORMAT,
    @Meaning("A record that is not a crawled page (WARC request, metadata, a JSON line without content)")
    NOT_A_PAGE,
    @Meaning("The file could not be read (permissions, vanished, a dangling symlink or a symlink cycle)")
    UNREADABLE,
    @Meaning("The main text is not Chinese")
    NOT_CHINESE,
    @Meaning("Nothing of the page is left once navigation and boilerplate are removed")
    EMPTY_AFTER_CLEANING,
    @Meaning("The cleaner failed on this page (a bug: detail has the exception); the run goes on")
    CLEANER_ERROR
}
