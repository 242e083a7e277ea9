package io.regionpulse.ingest;

import io.regionpulse.codes.RejectReason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts an uncompressed WARC stream into records by their {@code Content-Length} and checks each
 * cut: a record is whole only when its block is followed by {@code \r\n\r\n}. When the length
 * lies (too long or too short, or the file ends inside the block), that record alone is a
 * {@code malformed_record} {@link Segment} at its own
 * offset, and reading resumes at the next line that starts with {@code WARC/<digit>}.
 *
 * <p>A record whose Content-Length is above the limit is not buffered: the block is streamed
 * through while looking for the next header, and it is {@code too_large} when that header (or
 * the end) sits where the length says, else {@code malformed_record}. A payload that itself
 * contains a line starting with {@code WARC/1.} is then cut there (only above the limit).
 */
final class WarcSplitter {
    static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final byte[] TRAILER = {'\r', '\n', '\r', '\n'};

    /** One record's bytes (headers and block) or a reject, at its offset in the stream. */
    record Segment(long offset, byte[] bytes, RejectReason reason, String detail) {
        boolean isRejected() {
            return reason != null;
        }
    }

    private final ByteSource in;
    private final long limit;

    WarcSplitter(InputStream in, long limit) {
        this.in = new ByteSource(in);
        this.limit = limit;
    }

    /** Offset of the next byte to read. */
    long position() {
        return in.position();
    }

    /** The next record or reject; null at the end. */
    Segment next() throws IOException {
        skipNewlines();
        long offset = in.position();
        byte[] magic = in.readUpTo(6);
        if (magic.length == 0) {
            return null;
        }
        in.unread(magic, 0, magic.length);
        if (!isHeaderStart(magic, 0, magic.length)) {
            long skipped = skipToHeader();
            return new Segment(
                    offset, null, RejectReason.MALFORMED_RECORD, skipped + " bytes without a WARC record header");
        }
        byte[] header = readHeader();
        if (header == null) {
            long skipped = skipToHeader();
            return new Segment(
                    offset,
                    null,
                    RejectReason.MALFORMED_RECORD,
                    "WARC header does not end within " + MAX_HEADER_BYTES + " bytes (" + skipped + " bytes skipped)");
        }
        long length = contentLength(header);
        if (length < 0) {
            long skipped = skipToHeader();
            return new Segment(
                    offset,
                    null,
                    RejectReason.MALFORMED_RECORD,
                    "WARC record without a valid Content-Length (" + skipped + " bytes skipped)");
        }
        if (length > limit) {
            return streamedLarge(offset, length);
        }
        byte[] block = in.readUpTo((int) length + TRAILER.length);
        boolean whole = block.length == length + TRAILER.length && endsWithTrailer(block);
        if (whole) {
            byte[] rec = new byte[header.length + (int) length];
            System.arraycopy(header, 0, rec, 0, header.length);
            System.arraycopy(block, 0, rec, header.length, (int) length);
            return new Segment(offset, rec, null, null);
        }
        // The length lies: give back what follows the first header line inside the block and resync there.
        in.unread(block, 0, block.length);
        skipToHeader();
        String why = block.length < length + TRAILER.length
                ? "the file ends " + block.length + " bytes into a block of Content-Length " + length
                : "Content-Length " + length + " does not end at a record boundary";
        return new Segment(
                offset,
                null,
                RejectReason.MALFORMED_RECORD,
                "WARC record: " + why + "; reading resumed at the next record header");
    }

    private Segment streamedLarge(long offset, long length) throws IOException {
        long blockStart = in.position();
        long found = skipToHeader();
        long consumed = in.position() - blockStart;
        boolean boundary = consumed >= length + TRAILER.length && consumed <= length + TRAILER.length + 4;
        if (boundary) {
            return new Segment(
                    offset, null, RejectReason.TOO_LARGE, "WARC record has " + length + " bytes, limit " + limit);
        }
        return new Segment(
                offset,
                null,
                RejectReason.MALFORMED_RECORD,
                "WARC record: Content-Length " + length + " but the next record header starts " + found
                        + " bytes into the block");
    }

    private void skipNewlines() throws IOException {
        int c;
        while ((c = in.read()) == '\r' || c == '\n') {
            // separators between records
        }
        if (c >= 0) {
            in.unread(new byte[] {(byte) c}, 0, 1);
        }
    }

    /** Reads the header block through its blank line; null (nothing given back) when it does not end in time. */
    private byte[] readHeader() throws IOException {
        ByteArrayOutputStream h = new ByteArrayOutputStream(1024);
        int c;
        while ((c = in.read()) >= 0) {
            h.write(c);
            if (c == '\n') {
                byte[] b = h.toByteArray();
                int n = b.length;
                if ((n >= 4 && b[n - 2] == '\r' && b[n - 3] == '\n' && b[n - 4] == '\r')
                        || (n >= 2 && b[n - 2] == '\n')) {
                    return b;
                }
            }
            if (h.size() > MAX_HEADER_BYTES) {
                byte[] b = h.toByteArray();
                // give back all but the first byte so the resync does not find this header again
                in.unread(b, 1, b.length - 1);
                return null;
            }
        }
        byte[] b = h.toByteArray();
        in.unread(b, 1, b.length - 1);
        return null;
    }

    static long contentLength(byte[] header) {
        String h = new String(header, StandardCharsets.ISO_8859_1);
        for (String line : h.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon > 0
                    && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                try {
                    long v = Long.parseLong(line.substring(colon + 1).trim());
                    return v >= 0 ? v : -1;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean endsWithTrailer(byte[] block) {
        int n = block.length;
        for (int i = 0; i < TRAILER.length; i++) {
            if (block[n - TRAILER.length + i] != TRAILER[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code WARC/<digit>} at {@code b[i]} (a shorter tail that could still be one counts as no). */
    static boolean isHeaderStart(byte[] b, int i, int end) {
        return end - i >= 6
                && b[i] == 'W'
                && b[i + 1] == 'A'
                && b[i + 2] == 'R'
                && b[i + 3] == 'C'
                && b[i + 4] == '/'
                && b[i + 5] >= '0'
                && b[i + 5] <= '9';
    }

    /**
     * Reads on until a line starts with {@code WARC/<digit>} (left unread) or the end; the current
     * position counts as a line start. Returns the bytes skipped.
     */
    private long skipToHeader() throws IOException {
        return in.skipTo('W', 6, WarcSplitter::isHeaderStart, true);
    }
}
