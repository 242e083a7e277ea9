package io.regionpulse.ingest;

import io.regionpulse.codes.RejectReason;
import io.regionpulse.text.Charsets;
import io.regionpulse.text.JsonPage;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the records of one input file, chosen by its name: {@code .txt, .html/.htm, .md,
 * .jsonl(.gz), .warc(.gz)}. Reading is lazy: records come out one at a time, so a 2 GB
 * {@code .jsonl.gz} is never held in memory.
 *
 * <p>Never throws for bad content. An empty file, a binary file, an oversize record, a broken or
 * blank JSON line, a truncated gzip member, a WARC record whose Content-Length lies becomes a
 * rejected {@link RawRecord} with a stable {@link RejectReason}; the readable records before and
 * after it still come out. A reader that fails on a file (a bug) ends that file with one
 * {@code malformed_record} reject naming the offset and the exception class. The stream is
 * closed once exhausted.
 */
public final class RecordReaders {
    private RecordReaders() {}

    static final int SAMPLE_BYTES = 256;

    /** The format for a file name, or null when the file is not an input we read. */
    public static String formatOf(String name) {
        if (name == null) {
            return null;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".txt")) return "txt";
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".shtml") || n.endsWith(".xhtml")) return "html";
        if (n.endsWith(".md") || n.endsWith(".markdown")) return "md";
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return "jsonl";
        if (n.endsWith(".warc")) return "warc";
        return null;
    }

    /** Lazily reads {@code in}; {@code sourceUri}'s name decides the format. */
    public static Iterator<RawRecord> read(String sourceUri, InputStream in, IngestSettings settings) {
        String format = formatOf(sourceUri);
        if (format == null) {
            format = "txt";
        }
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        switch (format) {
            case "jsonl":
                return new JsonLines(sourceUri, buffered, settings);
            case "warc":
                return new WarcRecords(sourceUri, buffered, settings);
            default:
                return new WholeFile(sourceUri, format, buffered, settings);
        }
    }

    /** Opens gzip by magic bytes, not by name: crawls often keep a {@code .gz} without the suffix or the other way round. */
    static InputStream maybeGunzip(BufferedInputStream in) throws IOException {
        in.mark(4);
        int a = in.read();
        int b = in.read();
        in.reset();
        if (a == 0x1F && b == 0x8B) {
            return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
        }
        return in;
    }

    static byte[] head(byte[] b) {
        return b == null ? new byte[0] : Arrays.copyOf(b, Math.min(b.length, SAMPLE_BYTES));
    }

    static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // a spent stream: nothing left to lose
        }
    }

    /**
     * Judges the bytes of one page: a reject reason, or null when the page is readable. Order:
     * empty, binary, then undecodable (bad_encoding).
     */
    static RawRecord judgePage(
            String uri, long offset, String url, Instant fetchedAt, String format, byte[] bytes, String httpCharset) {
        if (bytes.length == 0 || isBlank(bytes)) {
            return RawRecord.reject(
                    uri, offset, url, fetchedAt, format, head(bytes), RejectReason.EMPTY_INPUT, "no content");
        }
        if (Charsets.looksBinary(bytes)) {
            return RawRecord.reject(
                    uri,
                    offset,
                    url,
                    fetchedAt,
                    format,
                    head(bytes),
                    RejectReason.BINARY,
                    "NUL or control bytes in the first 8 KB");
        }
        String charset = Charsets.sniff(bytes, httpCharset);
        String problem = Charsets.encodingProblem(bytes, charset);
        if (problem != null) {
            return new RawRecord(
                    uri,
                    offset,
                    url,
                    fetchedAt,
                    format,
                    charset,
                    head(bytes),
                    RejectReason.BAD_ENCODING.code(),
                    problem);
        }
        return new RawRecord(uri, offset, url, fetchedAt, format, charset, bytes, null, null);
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\n' && x != '\r' && x != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Base for lazy readers: {@link #advance()} produces the next record or null at the end. */
    private abstract static class Lazy implements Iterator<RawRecord> {
        final String uri;
        final String format;
        final BufferedInputStream in;
        final IngestSettings settings;
        private RawRecord next;
        private boolean done;

        Lazy(String uri, String format, BufferedInputStream in, IngestSettings settings) {
            this.uri = uri;
            this.format = format;
            this.in = in;
            this.settings = settings;
        }

        /** A reject of this file's format at {@code offset}. */
        RawRecord reject(long offset, String url, Instant date, byte[] head, RejectReason reason, String detail) {
            return RawRecord.reject(uri, offset, url, date, format, head, reason, detail);
        }

        abstract RawRecord advance();

        /** Offset of the record being read, for a reject when the reader itself fails. */
        abstract long position();

        @Override
        public final boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            RawRecord r;
            try {
                r = advance();
            } catch (RuntimeException | StackOverflowError e) {
                // A reader bug on one odd file: the rest of the file is lost, but not silently.
                r = readerFailure(uri, position(), e);
                done = true;
                closeQuietly(in);
            }
            if (r == null) {
                done = true;
                closeQuietly(in);
                return false;
            }
            next = r;
            return true;
        }

        @Override
        public final RawRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRecord r = next;
            next = null;
            return r;
        }

        void finish() {
            done = true;
        }
    }

    /** The reject for a reader that failed at {@code offset}: malformed_record naming the exception class. */
    public static RawRecord readerFailure(String uri, long offset, Throwable e) {
        return RawRecord.reject(
                uri,
                Math.max(0, offset),
                null,
                null,
                formatOf(uri),
                new byte[0],
                RejectReason.MALFORMED_RECORD,
                "reader failed at record offset " + Math.max(0, offset) + ": "
                        + e.getClass().getName() + ": " + e.getMessage() + " (rest of the file not read)");
    }

    /** txt, html, md: the whole file is one page, read up to the size limit and no further. */
    private static final class WholeFile extends Lazy {
        private boolean emitted;

        WholeFile(String uri, String format, BufferedInputStream in, IngestSettings settings) {
            super(uri, format, in, settings);
        }

        @Override
        long position() {
            return 0;
        }

        @Override
        RawRecord advance() {
            if (emitted) {
                return null;
            }
            emitted = true;
            byte[] bytes;
            try {
                InputStream data = maybeGunzip(in);
                long limit = settings.maxRecordBytes();
                bytes = data.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
                if (bytes.length > limit) {
                    return reject(
                            0, null, null, head(bytes), RejectReason.TOO_LARGE, "page exceeds " + limit + " bytes");
                }
            } catch (IOException e) {
                return reject(
                        0,
                        null,
                        null,
                        new byte[0],
                        RejectReason.MALFORMED_RECORD,
                        "unreadable or truncated file: " + e);
            }
            return judgePage(uri, 0, null, null, format, bytes, null);
        }
    }

    /**
     * One JSON object per line. The record offset is the 0-based line number. A blank (or
     * whitespace-only) line is an {@code empty_input} reject, so every line is counted: lines =
     * pages + rejects. A line longer than the limit is skipped to its end without being buffered.
     */
    private static final class JsonLines extends Lazy {
        private InputStream data;
        private long lineNo = -1;
        private boolean eof;

        JsonLines(String uri, BufferedInputStream raw, IngestSettings settings) {
            super(uri, "jsonl", raw, settings);
        }

        @Override
        long position() {
            return Math.max(0, lineNo);
        }

        @Override
        RawRecord advance() {
            while (!eof) {
                lineNo++;
                ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
                long length = 0;
                try {
                    if (data == null) {
                        data = maybeGunzip(in);
                    }
                    int c;
                    while ((c = data.read()) != -1 && c != '\n') {
                        length++;
                        if (length <= settings.maxRecordBytes()) {
                            line.write(c);
                        }
                    }
                    if (c == -1) {
                        eof = true;
                    }
                } catch (IOException e) {
                    eof = true;
                    finish();
                    return reject(
                            lineNo,
                            null,
                            null,
                            head(line.toByteArray()),
                            RejectReason.MALFORMED_RECORD,
                            "input ends early (truncated or corrupt stream) at line " + (lineNo + 1) + ": " + e);
                }
                if (length > settings.maxRecordBytes()) {
                    return reject(
                            lineNo,
                            null,
                            null,
                            head(line.toByteArray()),
                            RejectReason.TOO_LARGE,
                            "line " + (lineNo + 1) + " has " + length + " bytes, limit " + settings.maxRecordBytes());
                }
                byte[] bytes = line.toByteArray();
                if (eof && length == 0) {
                    return null; // the end after the last newline is not a line
                }
                if (isBlank(bytes)) {
                    // Counted, not skipped: input records = pages + rejects holds line for line.
                    return reject(
                            lineNo,
                            null,
                            null,
                            head(bytes),
                            RejectReason.EMPTY_INPUT,
                            "line " + (lineNo + 1) + " is blank");
                }
                return jsonRecord(lineNo, bytes);
            }
            return null;
        }

        private RawRecord jsonRecord(long offset, byte[] bytes) {
            int len = bytes.length;
            if (len > 0 && bytes[len - 1] == '\r') {
                bytes = Arrays.copyOf(bytes, len - 1);
            }
            JsonPage page = JsonPage.parse(bytes);
            if (page == null) {
                return reject(
                        offset,
                        null,
                        null,
                        head(bytes),
                        RejectReason.MALFORMED_RECORD,
                        "line " + (offset + 1) + " is not a JSON object");
            }
            Instant fetched = page.fetchedAt();
            String charset = page.charset();
            return new RawRecord(uri, offset, page.url(), fetched, "jsonl", charset, bytes, null, null);
        }
    }

    /**
     * WARC response records, plain or one gzip member per record. Other record types (warcinfo,
     * request, metadata) are not pages and are skipped. The HTTP {@code Content-Type} charset is
     * honoured. Records are cut by {@link WarcSplitter}, which checks each Content-Length: a record
     * whose length lies is rejected alone and reading resumes at the next record header; in a
     * {@code .warc.gz} a truncated or corrupt member is rejected at the member's start and reading
     * resumes at the next member ({@link GzipMembers}). The offset of a record is its byte offset
     * in the file (for gzip: the compressed offset of its member).
     */
    private static final class WarcRecords extends Lazy {
        private boolean started;
        private GzipMembers members;
        private WarcSplitter splitter;
        private long memberOffset;
        private long lastOffset;

        WarcRecords(String uri, BufferedInputStream in, IngestSettings settings) {
            super(uri, "warc", in, settings);
        }

        @Override
        long position() {
            return lastOffset;
        }

        private long offset(long local) {
            return members == null ? local : memberOffset + local;
        }

        @Override
        RawRecord advance() {
            try {
                if (!started) {
                    started = true;
                    in.mark(4);
                    int a = in.read();
                    int b = in.read();
                    in.reset();
                    if (a == 0x1F && b == 0x8B) {
                        members = new GzipMembers(in);
                    } else {
                        splitter = new WarcSplitter(in, settings.maxRecordBytes());
                    }
                }
                while (true) {
                    if (splitter == null) {
                        GzipMembers.Member m = members.next();
                        if (m == null) {
                            return null;
                        }
                        memberOffset = m.offset();
                        splitter = new WarcSplitter(m.data(), settings.maxRecordBytes());
                    }
                    long local = splitter.position();
                    WarcSplitter.Segment seg;
                    try {
                        seg = splitter.next();
                    } catch (IOException e) {
                        lastOffset = offset(local);
                        if (members == null) {
                            finish();
                            return reject(lastOffset, RejectReason.MALFORMED_RECORD, "unreadable WARC stream: " + e);
                        }
                        splitter = null;
                        return reject(
                                lastOffset,
                                RejectReason.MALFORMED_RECORD,
                                "truncated or corrupt gzip member at byte " + memberOffset + ": " + e.getMessage());
                    }
                    if (seg == null) {
                        if (members == null) {
                            return null;
                        }
                        splitter = null;
                        continue;
                    }
                    lastOffset = offset(seg.offset());
                    if (seg.isRejected()) {
                        return reject(lastOffset, seg.reason(), seg.detail());
                    }
                    RawRecord r = parse(lastOffset, seg.bytes());
                    if (r != null) {
                        return r;
                    }
                }
            } catch (IOException e) {
                finish();
                return reject(lastOffset, RejectReason.MALFORMED_RECORD, "unreadable WARC stream: " + e);
            }
        }

        private RawRecord reject(long offset, RejectReason reason, String detail) {
            return reject(offset, null, null, new byte[0], reason, detail);
        }

        /** One cut record: a page or reject for a response, null for other record types. */
        private RawRecord parse(long offset, byte[] bytes) {
            try {
                Optional<WarcRecord> rec = new WarcReader(new java.io.ByteArrayInputStream(bytes)).next();
                if (rec.isPresent() && rec.get() instanceof WarcResponse resp) {
                    return response(offset, resp);
                }
                return null;
            } catch (IOException | RuntimeException e) {
                return reject(offset, RejectReason.MALFORMED_RECORD, "unparseable WARC record: " + e);
            }
        }

        private RawRecord response(long position, WarcResponse resp) throws IOException {
            String url = resp.target();
            Instant date = resp.date();
            HttpResponse http;
            try {
                http = resp.http();
            } catch (IOException | RuntimeException e) {
                return reject(
                        position,
                        url,
                        date,
                        new byte[0],
                        RejectReason.MALFORMED_RECORD,
                        "unparseable HTTP response: " + e);
            }
            String contentType = http.headers().first("Content-Type").orElse("");
            String ct = contentType.toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() >= 300) {
                http.body().consume();
                return reject(
                        position, url, date, new byte[0], RejectReason.NOT_A_PAGE, "HTTP status " + http.status());
            }
            if (!ct.isEmpty()
                    && !(ct.contains("html") || ct.startsWith("text/") || ct.contains("xml") || ct.contains("json"))) {
                http.body().consume();
                return reject(position, url, date, new byte[0], RejectReason.BINARY, "Content-Type " + contentType);
            }
            MessageBody body;
            try {
                body = http.bodyDecoded();
            } catch (IOException | RuntimeException e) {
                body = http.body();
            }
            long limit = settings.maxRecordBytes();
            byte[] bytes = body.stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                return reject(
                        position,
                        url,
                        date,
                        head(bytes),
                        RejectReason.TOO_LARGE,
                        "payload exceeds " + limit + " bytes");
            }
            return judgePage(uri, position, url, date, "warc", bytes, Charsets.fromContentType(contentType));
        }
    }
}
