package io.regionpulse.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The members of a gzip stream one at a time, each with the byte offset where it starts in the
 * compressed file (a {@code .warc.gz} holds one record per member). A member that is truncated
 * or corrupt fails only its own stream (an {@link IOException}); {@link #next()} then resumes at
 * the next gzip header ({@code 1f 8b 08}) after it.
 */
final class GzipMembers {
    /** One member: where it starts, and its decompressed bytes as a stream. */
    record Member(long offset, InputStream data) {}

    /** Compressed bytes of one member kept for a resync after it breaks (above this, resync starts where reading stopped). */
    static final int MAX_RETAINED = 64 * 1024 * 1024;

    private final ByteSource in;
    private MemberStream current;

    GzipMembers(InputStream compressed) {
        this.in = new ByteSource(compressed);
    }

    /** The next member, or null at the end. Any unread rest of the previous member is drained first. */
    Member next() throws IOException {
        if (current != null && (!current.finished || current.broken)) {
            try {
                current.drain();
            } catch (IOException | RuntimeException e) {
                // a broken member: look for the next header below
            }
            if (!current.finished || current.broken) {
                current.rewind();
                current = null;
                resync();
            }
        }
        current = null;
        long offset = in.position();
        byte[] magic = in.readUpTo(3);
        if (magic.length == 0) {
            return null;
        }
        in.unread(magic, 0, magic.length);
        if (!isMagic(magic, 0, magic.length)) {
            return new Member(offset, new GarbageStream(offset, resyncCount()));
        }
        current = new MemberStream(offset);
        return new Member(offset, current);
    }

    static boolean isMagic(byte[] b, int i, int end) {
        return end - i >= 3 && (b[i] & 0xFF) == 0x1F && (b[i + 1] & 0xFF) == 0x8B && b[i + 2] == 8;
    }

    private void resync() throws IOException {
        resyncCount();
    }

    /** Skips to the next gzip header (left unread) or the end; returns the bytes skipped. */
    private long resyncCount() throws IOException {
        if (in.read() < 0) { // the current byte never starts the next member
            return 0;
        }
        return 1 + in.skipTo(0x1F, 3, GzipMembers::isMagic, false);
    }

    /** Bytes between members that are not gzip: read as a failing stream so the caller rejects them. */
    private static final class GarbageStream extends InputStream {
        private final long offset;
        private final long skipped;

        GarbageStream(long offset, long skipped) {
            this.offset = offset;
            this.skipped = skipped;
        }

        @Override
        public int read() throws IOException {
            throw new IOException(skipped + " bytes that are not a gzip member at byte " + offset);
        }
    }

    /** Inflates one member from the shared source, stopping exactly at its end. */
    private final class MemberStream extends InputStream {
        private final long offset;
        private final Inflater inflater = new Inflater(true);
        private final CRC32 crc = new CRC32();
        private final byte[] input = new byte[64 * 1024];
        private boolean headerRead;
        private boolean finished;
        private long size;

        MemberStream(long offset) {
            this.offset = offset;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (finished) {
                return -1;
            }
            if (!headerRead) {
                readHeader();
                headerRead = true;
            }
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        crc.update(b, off, n);
                        size += n;
                        return n;
                    }
                    if (inflater.finished()) {
                        int rest = inflater.getRemaining();
                        if (rest > 0) {
                            in.unread(input, lastInputLength - rest, rest);
                            retainedLength = Math.max(0, retainedLength - rest);
                        }
                        finished = true;
                        inflater.end();
                        broken = true; // until the trailer checks out
                        readTrailer();
                        broken = false;
                        retained = null;
                        return -1;
                    }
                    if (inflater.needsDictionary()) {
                        throw new IOException("gzip member at byte " + offset + " needs a preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        int got = in.read(input, 0, input.length);
                        if (got < 0) {
                            throw new EOFException("gzip member at byte " + offset + " is truncated");
                        }
                        lastInputLength = got;
                        retain(input, got);
                        inflater.setInput(input, 0, got);
                    }
                }
            } catch (DataFormatException e) {
                throw new IOException("corrupt gzip member at byte " + offset + ": " + e.getMessage(), e);
            }
        }

        private int lastInputLength;
        /** The compressed bytes of this member read so far, to resume just after its start when it breaks. */
        private byte[] retained = new byte[4096];

        private int retainedLength;
        private boolean broken;

        private void retain(byte[] b, int len) {
            if (retained == null) {
                return;
            }
            if ((long) retainedLength + len > MAX_RETAINED) {
                retained = null; // too big to replay: resume where reading stopped
                return;
            }
            if (retainedLength + len > retained.length) {
                retained = java.util.Arrays.copyOf(retained, Math.max(retained.length * 2, retainedLength + len));
            }
            System.arraycopy(b, 0, retained, retainedLength, len);
            retainedLength += len;
        }

        /** After a failure: gives back every byte after the member's first, so the resync sees them all. */
        void rewind() {
            if (retained != null && retainedLength > 1) {
                in.unread(retained, 1, retainedLength - 1);
            }
            retained = null;
        }

        void drain() throws IOException {
            byte[] sink = new byte[64 * 1024];
            while (read(sink, 0, sink.length) >= 0) {
                // discard
            }
        }

        private int u8() throws IOException {
            int c = in.read();
            if (c < 0) {
                throw new EOFException("gzip member at byte " + offset + " is truncated in its header");
            }
            retain(new byte[] {(byte) c}, 1);
            return c;
        }

        private void readHeader() throws IOException {
            if (u8() != 0x1F || u8() != 0x8B || u8() != 8) {
                throw new IOException("not a gzip member at byte " + offset);
            }
            int flags = u8();
            for (int i = 0; i < 6; i++) {
                u8(); // mtime, xfl, os
            }
            if ((flags & 4) != 0) {
                int xlen = u8() | (u8() << 8);
                for (int i = 0; i < xlen; i++) {
                    u8();
                }
            }
            if ((flags & 8) != 0) {
                while (u8() != 0) {
                    // file name
                }
            }
            if ((flags & 16) != 0) {
                while (u8() != 0) {
                    // comment
                }
            }
            if ((flags & 2) != 0) {
                u8();
                u8();
            }
        }

        private void readTrailer() throws IOException {
            long storedCrc = u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
            long storedSize = u8() | (u8() << 8) | (u8() << 16) | ((long) u8() << 24);
            if (storedCrc != crc.getValue() || storedSize != (size & 0xFFFFFFFFL)) {
                throw new IOException("gzip member at byte " + offset + " fails its CRC/size check");
            }
        }
    }
}
