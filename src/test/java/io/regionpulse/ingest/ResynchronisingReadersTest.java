package io.regionpulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad record in the middle of a file costs that record only: WARC records whose Content-Length
 * lies (both ways, plain and gzip), truncated gzip members, blank JSON lines and a reader that
 * fails mid-file each become one reject at the record's true offset, and every good record
 * around them still comes out. WARC bytes are written here by hand so the lie is exact.
 */
class ResynchronisingReadersTest {
    static final IngestSettings LIMIT = new IngestSettings(64 * 1024);
    static final String BODY =
            "<html><head><title>成渝科创走廊</title></head><body><p>重庆与四川两地科技部门联合发布协同创新行动方案。</p></body></html>";

    /** One WARC response record whose declared Content-Length is off by {@code lie} bytes. */
    static byte[] record(String url, String type, String body, long lie) {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] block = concat(http, payload);
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + url
                + "\r\nWARC-Date: 2024-03-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:"
                + java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8))
                + ">\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: " + (block.length + lie)
                + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] b) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
                gz.write(b);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RawRecord> read(String name, byte[] bytes, IngestSettings settings) {
        List<RawRecord> out = new ArrayList<>();
        RecordReaders.read(name, new ByteArrayInputStream(bytes), settings).forEachRemaining(out::add);
        return out;
    }

    static String summary(List<RawRecord> recs) {
        List<String> s = new ArrayList<>();
        for (RawRecord r : recs) {
            s.add(r.recordOffset() + ":" + (r.isRejected() ? r.rejectReason() : r.url()));
        }
        return String.join(" ", s);
    }

    /**
     * Three records (a warcinfo first, which is not a page), the second lying by {@code lie} bytes.
     * Expected: page 1, a malformed_record reject at record 2's own offset, page 3.
     */
    @ParameterizedTest(name = "Content-Length off by {0} in .warc{1}")
    @CsvSource({
        "-40, ''",
        "-1, ''",
        "1, ''",
        "37, ''",
        "5000, ''",
        "9999999, ''",
        "-40, .gz",
        "-1, .gz",
        "1, .gz",
        "37, .gz",
        "9999999, .gz",
    })
    void aLyingContentLengthRejectsOnlyThatRecord(long lie, String gz) {
        byte[][] recs = {
            record("urn:info", "warcinfo", "software: test", 0),
            record("http://a.example/1", "response", BODY, 0),
            record("http://a.example/2", "response", BODY + "二", lie),
            record("http://a.example/3", "response", BODY + "三", 0),
        };
        byte[][] stored = new byte[recs.length][];
        for (int i = 0; i < recs.length; i++) {
            stored[i] = gz.isEmpty() ? recs[i] : gzip(recs[i]);
        }
        long o1 = stored[0].length;
        long o2 = o1 + stored[1].length;
        long o3 = o2 + stored[2].length;
        List<RawRecord> out = read("crawl.warc" + gz, concat(stored), LIMIT);
        assertThat(summary(out))
                .isEqualTo(o1 + ":http://a.example/1 " + o2 + ":malformed_record " + o3 + ":http://a.example/3");
        assertThat(new String(out.get(2).raw(), StandardCharsets.UTF_8)).contains("三");
    }

    /** A cut in a member: the reject carries that member's start, and the members before and after come out. */
    @ParameterizedTest(name = "gzip member {0} of 3 cut by {1} bytes")
    @CsvSource({"3, 10", "3, 200", "2, 10", "2, 150", "1, 30"})
    void aTruncatedGzipMemberIsRejectedAtItsStart(int cut, int bytes) {
        List<byte[]> members = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            byte[] m = gzip(record("http://b.example/" + i, "response", BODY + i, 0));
            members.add(i == cut ? Arrays.copyOf(m, m.length - bytes) : m);
        }
        List<String> expected = new ArrayList<>();
        long offset = 0;
        for (int i = 1; i <= 3; i++) {
            expected.add(offset + ":" + (i == cut ? "malformed_record" : "http://b.example/" + i));
            offset += members.get(i - 1).length;
        }
        List<RawRecord> out = read("crawl.warc.gz", concat(members.toArray(new byte[0][])), LIMIT);
        assertThat(summary(out)).isEqualTo(String.join(" ", expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // name | file bytes (\n escaped as ~) | expected offsets:reasons
                "blank line in the middle     | {\"url\":\"u1\",\"content\":\"甲\"}~~{\"url\":\"u2\",\"content\":\"乙\"}~ | 0:u1 1:empty_input 2:u2",
                "whitespace-only line         | {\"url\":\"u1\",\"content\":\"甲\"}~  \t ~{\"url\":\"u2\",\"content\":\"乙\"} | 0:u1 1:empty_input 2:u2",
                "CRLF blank line              | {\"url\":\"u1\",\"content\":\"甲\"}\r~\r~{\"url\":\"u2\",\"content\":\"乙\"}\r~ | 0:u1 1:empty_input 2:u2",
                "two blank lines at the end   | {\"url\":\"u1\",\"content\":\"甲\"}~~~ | 0:u1 1:empty_input 2:empty_input",
                "no newline at the end        | {\"url\":\"u1\",\"content\":\"甲\"} | 0:u1",
                "a single newline             | ~ | 0:empty_input",
            })
    void jsonLinesCountEveryLine(String name, String text, String expected) {
        byte[] bytes = text.replace("~", "\n").getBytes(StandardCharsets.UTF_8);
        List<RawRecord> out = read("feed.jsonl", bytes, LIMIT);
        assertThat(summary(out)).as(name).isEqualTo(expected);
        assertThat(read("feed.jsonl.gz", gzip(bytes), LIMIT).size()).isEqualTo(out.size());
    }

    /** An honest record above the limit is too_large (not buffered); the next one is read. */
    @ParameterizedTest(name = ".warc{0}")
    @CsvSource({"''", ".gz"})
    void anHonestOversizeRecordIsTooLargeAndTheNextIsRead(String gz) {
        byte[] big = record("http://c.example/big", "response", BODY.repeat(2000), 0);
        byte[] small = record("http://c.example/small", "response", BODY, 0);
        byte[] a = gz.isEmpty() ? big : gzip(big);
        byte[] b = gz.isEmpty() ? small : gzip(small);
        assertThat(summary(read("x.warc" + gz, concat(a, b), LIMIT)))
                .isEqualTo("0:too_large " + a.length + ":http://c.example/small");
    }

    /** Garbage before, between and after records: rejected where it starts, records around it read. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"junk in front, 0", "junk between, 1", "junk at the end, 2"})
    void garbageIsRejectedWhereItStarts(String name, int at) {
        byte[] junk = "this is not a WARC record\r\n".getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = new ArrayList<>(List.of(
                record("http://d.example/1", "response", BODY, 0), record("http://d.example/2", "response", BODY, 0)));
        List<String> labels = new ArrayList<>(List.of("http://d.example/1", "http://d.example/2"));
        parts.add(at, junk);
        labels.add(at, "malformed_record");
        List<String> expected = new ArrayList<>();
        long off = 0;
        for (int i = 0; i < parts.size(); i++) {
            expected.add(off + ":" + labels.get(i));
            off += parts.get(i).length;
        }
        assertThat(summary(read("x.warc", concat(parts.toArray(new byte[0][])), LIMIT)))
                .as(name)
                .isEqualTo(String.join(" ", expected));
    }

    /** A stream that throws an unchecked exception after {@code after} bytes (a reader or filesystem bug). */
    static InputStream failingAfter(byte[] bytes, int after) {
        return new InputStream() {
            int pos;

            @Override
            public int read() {
                if (pos >= after) {
                    throw new IllegalStateException("disk said no");
                }
                return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
            }
        };
    }

    @ParameterizedTest(name = "{0} failing after {1} bytes")
    @CsvSource({"feed.jsonl, 40", "crawl.warc, 700", "page.html, 10"})
    void aReaderFailingMidFileEndsWithOneRejectNamingTheException(String name, int after) {
        byte[] bytes = name.endsWith(".jsonl")
                ? "{\"url\":\"u1\",\"content\":\"甲\"}\n{\"url\":\"u2\",\"content\":\"乙\"}\n{\"url\":\"u3\",\"content\":\"丙\"}\n"
                        .getBytes(StandardCharsets.UTF_8)
                : name.endsWith(".warc")
                        ? concat(
                                record("http://e.example/1", "response", BODY, 0),
                                record("http://e.example/2", "response", BODY, 0))
                        : BODY.getBytes(StandardCharsets.UTF_8);
        List<RawRecord> out = new ArrayList<>();
        Iterator<RawRecord> it = RecordReaders.read(name, failingAfter(bytes, after), LIMIT);
        it.forEachRemaining(out::add);
        RawRecord last = out.get(out.size() - 1);
        assertThat(last.rejectReason()).isEqualTo("malformed_record");
        assertThat(last.rejectDetail()).contains("java.lang.IllegalStateException");
        assertThat(last.recordOffset()).isGreaterThanOrEqualTo(0);
        assertThat(out.stream().filter(RawRecord::isRejected).count()).isEqualTo(1);
    }
}
