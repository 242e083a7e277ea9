package io.regionpulse.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * A byte stream that knows its position and can take bytes back ({@link #unread}), so a reader
 * that read past a record boundary can resume exactly at the next record header.
 */
final class ByteSource {
    private final InputStream in;
    private byte[] buf = new byte[64 * 1024];
    private int start;
    private int end;
    private long position;
    private boolean eof;

    ByteSource(InputStream in) {
        this.in = in;
    }

    /** Bytes consumed so far (after unreads). */
    long position() {
        return position;
    }

    private boolean fill() throws IOException {
        if (start < end) {
            return true;
        }
        if (eof) {
            return false;
        }
        start = 0;
        end = 0;
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = n < 0;
            if (n == 0) {
                int b = in.read();
                if (b < 0) {
                    eof = true;
                    return false;
                }
                buf[0] = (byte) b;
                end = 1;
                return true;
            }
            return false;
        }
        end = n;
        return true;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        position++;
        return buf[start++] & 0xFF;
    }

    /** Up to {@code len} bytes into {@code b}; -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, end - start);
        System.arraycopy(buf, start, b, off, n);
        start += n;
        position += n;
        return n;
    }

    /** Reads up to {@code len} bytes, fewer only at the end. */
    byte[] readUpTo(int len) throws IOException {
        byte[] out = new byte[len];
        int got = 0;
        while (got < len) {
            int n = read(out, got, len - got);
            if (n < 0) {
                break;
            }
            got += n;
        }
        return got == len ? out : java.util.Arrays.copyOf(out, got);
    }

    /** Gives back {@code len} bytes of {@code b} (the bytes just read): the next reads return them first. */
    void unread(byte[] b, int off, int len) {
        if (len == 0) {
            return;
        }
        if (start >= len) {
            start -= len;
            System.arraycopy(b, off, buf, start, len);
        } else {
            byte[] nb = new byte[len + (end - start) + 1024];
            System.arraycopy(b, off, nb, 0, len);
            System.arraycopy(buf, start, nb, len, end - start);
            end = len + (end - start);
            start = 0;
            buf = nb;
        }
        position -= len;
    }

    void close() throws IOException {
        in.close();
    }

    /** A byte pattern a scan looks for: does it start at {@code b[i]} (with {@code end} the limit)? */
    interface Pattern {
        boolean startsAt(byte[] b, int i, int end);
    }

    /**
     * Reads on until {@code pattern} starts (left unread) or the end, and returns the bytes
     * skipped. Only positions holding {@code first} are tried; with {@code lineStartsOnly} only
     * those at the start of a line, the current position counting as one. A candidate too near
     * the end of a chunk is decided by looking {@code length} bytes ahead.
     */
    long skipTo(int first, int length, Pattern pattern, boolean lineStartsOnly) throws IOException {
        long skipped = 0;
        boolean candidate = true;
        byte[] chunk = new byte[64 * 1024];
        outer:
        while (true) {
            int n = read(chunk, 0, chunk.length);
            if (n < 0) {
                return skipped;
            }
            for (int i = 0; i < n; i++) {
                if (candidate && (chunk[i] & 0xFF) == first) {
                    if (n - i < length) {
                        unread(chunk, i, n - i);
                        byte[] probe = readUpTo(length);
                        unread(probe, 0, probe.length);
                        if (pattern.startsAt(probe, 0, probe.length)) {
                            return skipped + i;
                        }
                        read();
                        skipped += i + 1;
                        candidate = !lineStartsOnly;
                        continue outer;
                    }
                    if (pattern.startsAt(chunk, i, n)) {
                        unread(chunk, i, n - i);
                        return skipped + i;
                    }
                }
                candidate = !lineStartsOnly || chunk[i] == '\n';
            }
            skipped += n;
        }
    }
}
