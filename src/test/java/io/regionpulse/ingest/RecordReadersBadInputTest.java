package io.regionpulse.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.gen.WarcPages;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A folder of bad inputs next to good ones, all generated here: every bad item becomes a reject
 * with its reason, every good record comes out and cleans into a document, and the counts add
 * up (input records = pages + rejects).
 */
class RecordReadersBadInputTest {
    static final IngestSettings SMALL_LIMIT = new IngestSettings(1024 * 1024);
    static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());

    static final String ARTICLE =
            "成渝地区双城经济圈建设提速，重庆与四川两地科技部门联合发布协同创新行动方案。" + "方案提出，到2025年共建成渝科创走廊，推动两地高新区、实验室和高校开放共享科研仪器。";
    static final String TRAD = "粵港澳大灣區科技創新合作持續深化，深圳與香港共同建設河套深港科技創新合作區，" + "推動兩地科研資源互聯互通。";

    @TempDir
    static Path dir;

    static String html(String charsetDecl, String title, String body) {
        String more = body.equals(TRAD) ? "有關部門表示將繼續推進。" : "相关部门表示将继续推进。";
        return "<!DOCTYPE html><html><head>" + (charsetDecl == null ? "" : "<meta charset=\"" + charsetDecl + "\">")
                + "<title>" + title
                + "_示例新闻网</title></head><body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/a\">要闻</a></div>"
                + "<div class=\"article\"><h1>" + title + "</h1><p>" + body + "</p><p>" + body + more + "</p></div>"
                + "<div class=\"footer\">版权所有 示例新闻网 京ICP备00000000号</div></body></html>";
    }

    @BeforeAll
    static void writeFolder() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] bin = new byte[4096];
        new Random(7).nextBytes(bin);
        bin[0] = (byte) 0x89;
        bin[1] = 'P';
        bin[2] = 'N';
        bin[3] = 'G';
        bin[8] = 0;
        Files.write(dir.resolve("image.html"), bin);
        // 50 MB "page": written in pieces, never held in memory by the reader.
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.html"))) {
            byte[] chunk = ("<p>" + ARTICLE + "</p>\n").getBytes(StandardCharsets.UTF_8);
            long written = 0;
            while (written < 50L * 1024 * 1024) {
                out.write(chunk);
                written += chunk.length;
            }
        }
        // Declared UTF-8, but the body is bytes that are neither UTF-8 nor sensible GBK.
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write("<html><head><meta charset=\"utf-8\"><title>x</title></head><body><p>"
                .getBytes(StandardCharsets.US_ASCII));
        Random r = new Random(11);
        for (int i = 0; i < 3000; i++) {
            bad.write(0x81 + r.nextInt(0x7E));
            bad.write(0x80 + r.nextInt(0x7F));
        }
        bad.write("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
        Files.write(dir.resolve("invalid-utf8.html"), bad.toByteArray());
        // A good UTF-8 page with one cut multi-byte sequence: readable, kept.
        byte[] good = html("utf-8", "成渝共建科创走廊", ARTICLE).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = new byte[good.length - 1];
        int cut = good.length / 2;
        while ((good[cut] & 0xC0) != 0x80) {
            cut++;
        }
        System.arraycopy(good, 0, damaged, 0, cut);
        System.arraycopy(good, cut + 1, damaged, cut, good.length - cut - 1);
        Files.write(dir.resolve("one-bad-byte.html"), damaged);
        Files.write(
                dir.resolve("gbk-undeclared.txt"),
                ("成渝共建科创走廊\n时间:2024-01-08 来源:西部财经报\n" + ARTICLE + "\n" + ARTICLE).getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("big5.html"), html("big5", "大灣區科創合作深化", TRAD).getBytes(Charset.forName("Big5")));
        // JSON lines: one broken line between two good ones.
        String l1 = "{\"url\":\"https://news.example.cn/2024/0108/a.html\",\"title\":\"成渝共建科创走廊\",\"content\":\""
                + ARTICLE + "\",\"fetched_at\":\"2024-01-09T02:00:00Z\"}";
        String l2 = "{\"url\":\"https://news.example.cn/b.html\",\"title\":\"断开的一行\",\"content\":\"只写了一半";
        String l3 = "{\"url\":\"https://news.example.cn/c.html\",\"title\":\"大湾区科创合作\",\"html\":\"<p>" + ARTICLE
                + "</p>\",\"published\":\"2024-02-19 08:00:00\"}";
        Files.writeString(dir.resolve("feed.jsonl"), l1 + "\n" + l2 + "\n\n" + l3 + "\n", StandardCharsets.UTF_8);
        // Truncated gzip: good lines, then the stream stops mid-member.
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 200; i++) {
                g.write(l1.replace("a.html", "a" + i + ".html").concat("\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] gzBytes = gz.toByteArray();
        Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(gzBytes, gzBytes.length * 2 / 3));
        // WARC: a GBK page with the charset only in the HTTP header, a UTF-8 page, then a record cut short.
        ByteArrayOutputStream warc = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(warc))) {
            WarcPages.writeResponse(
                    w,
                    "https://www.example-cq.cn/2024/01/08/kc.html",
                    Instant.parse("2024-01-09T01:00:00Z"),
                    "text/html; charset=GBK",
                    html(null, "成渝共建科创走廊", ARTICLE).getBytes(Charset.forName("GBK")));
            WarcPages.writeResponse(
                    w,
                    "https://www.example-gd.cn/news/202402/19/wq.html",
                    Instant.parse("2024-02-20T01:00:00Z"),
                    "text/html; charset=utf-8",
                    html("utf-8", "湾区交通一体化", ARTICLE).getBytes(StandardCharsets.UTF_8));
            WarcPages.writeResponse(
                    w,
                    "https://www.example-gd.cn/news/cut.html",
                    Instant.parse("2024-02-20T01:00:00Z"),
                    "text/html; charset=utf-8",
                    html("utf-8", "被截断的记录", ARTICLE + ARTICLE + ARTICLE).getBytes(StandardCharsets.UTF_8));
        }
        byte[] warcBytes = warc.toByteArray();
        Files.write(dir.resolve("cut.warc"), Arrays.copyOf(warcBytes, warcBytes.length - 300));
        // The same crawl as gzip members (one per record), cut inside the last member.
        ByteArrayOutputStream warcGz = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(warcGz), WarcCompression.GZIP)) {
            WarcPages.writeResponse(
                    w,
                    "https://www.example-cq.cn/2024/01/08/kc.html",
                    Instant.parse("2024-01-09T01:00:00Z"),
                    "text/html; charset=GBK",
                    html(null, "成渝共建科创走廊", ARTICLE).getBytes(Charset.forName("GBK")));
            WarcPages.writeResponse(
                    w,
                    "https://www.example-gd.cn/news/cut.html",
                    Instant.parse("2024-02-20T01:00:00Z"),
                    "text/html; charset=utf-8",
                    html("utf-8", "被截断的记录", ARTICLE + ARTICLE + ARTICLE).getBytes(StandardCharsets.UTF_8));
        }
        byte[] warcGzBytes = warcGz.toByteArray();
        Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warcGzBytes, warcGzBytes.length - 200));
    }

    static List<RawRecord> readAll(Path p, IngestSettings s) throws IOException {
        List<RawRecord> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(p)) {
            RecordReaders.read(p.toString(), in, s).forEachRemaining(out::add);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} → {1} pages, rejects {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty.txt          | 0   | empty_input",
                "image.html         | 0   | binary",
                "huge.html          | 0   | too_large",
                "invalid-utf8.html  | 0   | bad_encoding",
                "one-bad-byte.html  | 1   | ''",
                "gbk-undeclared.txt | 1   | ''",
                "big5.html          | 1   | ''",
                "feed.jsonl         | 2   | malformed_record,empty_input",
                "cut.jsonl.gz       | -1  | malformed_record",
                "cut.warc           | 2   | malformed_record",
                "cut.warc.gz        | 1   | malformed_record",
            })
    void badItemsBecomeRejectsWithReasonAndGoodRecordsStillComeOut(String file, int pages, String reasons)
            throws IOException {
        List<RawRecord> recs = readAll(dir.resolve(file), SMALL_LIMIT);
        List<RawRecord> good = recs.stream().filter(r -> !r.isRejected()).toList();
        List<String> rejectReasons = recs.stream()
                .filter(RawRecord::isRejected)
                .map(RawRecord::rejectReason)
                .toList();
        if (pages >= 0) {
            assertThat(good).hasSize(pages);
        } else {
            assertThat(good).as("lines before the cut").hasSizeGreaterThan(10);
        }
        assertThat(rejectReasons)
                .containsExactlyElementsOf(reasons.isEmpty() ? List.of() : List.of(reasons.split(",")));
        assertThat(recs).allSatisfy(r -> assertThat(r.raw()).isNotNull());
        assertThat(recs.stream().filter(RawRecord::isRejected))
                .allSatisfy(r -> assertThat(r.raw().length).isLessThanOrEqualTo(256));
        for (RawRecord r : good) {
            CleanOutcome o = CLEANER.clean(new PageInput(
                    "p", r.sourceUri(), r.recordOffset(), r.url(), r.format(), r.charset(), r.raw(), r.fetchedAt()));
            assertThat(o.isRejected())
                    .as("%s#%d cleans: %s", file, r.recordOffset(), o.rejectDetail())
                    .isFalse();
            assertThat(o.page().text()).containsAnyOf("成渝", "大湾区").doesNotContain("ICP备", "\uFFFD\uFFFD", "?");
        }
    }

    @Test
    void folderCountsAddUp() throws IOException {
        Map<String, Integer> reasons = new TreeMap<>();
        int inputs = 0;
        int pages = 0;
        int documents = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                for (RawRecord r : readAll(p, SMALL_LIMIT)) {
                    inputs++;
                    if (r.isRejected()) {
                        reasons.merge(r.rejectReason(), 1, Integer::sum);
                        continue;
                    }
                    pages++;
                    CleanOutcome o = CLEANER.clean(new PageInput(
                            "p",
                            r.sourceUri(),
                            r.recordOffset(),
                            r.url(),
                            r.format(),
                            r.charset(),
                            r.raw(),
                            r.fetchedAt()));
                    if (!o.isRejected()) {
                        documents++;
                    } else {
                        reasons.merge("clean:" + o.rejectReason() + ":" + p.getFileName(), 1, Integer::sum);
                    }
                }
            }
        }
        int rejects = reasons.entrySet().stream()
                .filter(e -> !e.getKey().startsWith("clean:"))
                .mapToInt(Map.Entry::getValue)
                .sum();
        assertThat(pages + rejects).isEqualTo(inputs);
        assertThat(documents).as("clean rejects: %s", reasons).isEqualTo(pages);
        assertThat(reasons).containsKeys("empty_input", "binary", "too_large", "bad_encoding", "malformed_record");
        assertThat(reasons.get("malformed_record")).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0}: charset {1}")
    @CsvSource({
        "gbk-undeclared.txt, GB18030, 西部财经报",
        "big5.html, Big5, 大灣區",
        "one-bad-byte.html, UTF-8, 成渝",
    })
    void detectsCharsetFromBytesDeclarationOrContent(String file, String charset, String decodedPart)
            throws IOException {
        RawRecord r = readAll(dir.resolve(file), SMALL_LIMIT).get(0);
        assertThat(r.charset()).isEqualTo(charset);
        assertThat(new String(r.raw(), Charset.forName(r.charset()))).contains(decodedPart);
    }

    @Test
    void warcHonoursHttpCharsetAndCarriesUrlAndDate() throws IOException {
        List<RawRecord> recs = readAll(dir.resolve("cut.warc"), SMALL_LIMIT);
        RawRecord gbk = recs.get(0);
        assertThat(gbk.charset()).isEqualTo("GB18030");
        assertThat(gbk.url()).isEqualTo("https://www.example-cq.cn/2024/01/08/kc.html");
        assertThat(gbk.fetchedAt()).isEqualTo(Instant.parse("2024-01-09T01:00:00Z"));
        assertThat(recs.get(1).charset()).isEqualTo("UTF-8");
        CleanOutcome o = CLEANER.clean(new PageInput(
                "p",
                gbk.sourceUri(),
                gbk.recordOffset(),
                gbk.url(),
                gbk.format(),
                gbk.charset(),
                gbk.raw(),
                gbk.fetchedAt()));
        assertThat(o.page().title()).isEqualTo("成渝共建科创走廊");
        assertThat(o.page().dateSource()).isEqualTo("url");
        assertThat(o.page().publishedDate()).hasToString("2024-01-08");
    }

    @Test
    void jsonLinesCarryUrlAndFetchTimeAndKeepPhysicalLineOffsets() throws IOException {
        List<RawRecord> recs = readAll(dir.resolve("feed.jsonl"), SMALL_LIMIT);
        // line 2 is blank: an empty_input reject, so every physical line is counted
        assertThat(recs).extracting(RawRecord::recordOffset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(recs.get(2).rejectReason()).isEqualTo("empty_input");
        assertThat(recs.get(0).url()).isEqualTo("https://news.example.cn/2024/0108/a.html");
        assertThat(recs.get(0).fetchedAt()).isEqualTo(Instant.parse("2024-01-09T02:00:00Z"));
        assertThat(recs.get(1).rejectReason()).isEqualTo("malformed_record");
    }

    @Test
    void readsLazilyWithoutLoadingTheWholeFile() throws IOException {
        long[] consumed = {0};
        long size = Files.size(dir.resolve("huge.html"));
        // the same content as JSON lines, so there are many records
        Path lines = dir.resolve("many.jsonl.gz");
        Random random = new Random(3);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(lines))) {
            for (int i = 0; i < 20_000; i++) {
                String noise = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
                out.write(("{\"url\":\"https://x.example.cn/" + i + "\",\"id\":\"" + noise + "\",\"content\":\""
                                + ARTICLE + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        try (InputStream in = new FilterInputStream(Files.newInputStream(lines)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(0, n);
                return n;
            }
        }) {
            Iterator<RawRecord> it = RecordReaders.read(lines.toString(), in, IngestSettings.defaults());
            assertThat(it.next().url()).isEqualTo("https://x.example.cn/0");
            assertThat(consumed[0]).isLessThan(Files.size(lines) / 2);
            int n = 1;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            assertThat(n).isEqualTo(20_000);
        }
        Files.delete(lines);
        assertThat(size).isGreaterThan(50L * 1024 * 1024 - 1);
    }

    @ParameterizedTest
    @CsvSource({
        "a/b/page.HTML, html",
        "x.htm, html",
        "feed.jsonl.gz, jsonl",
        "crawl.warc.gz, warc",
        "n.md, md",
        "dump.txt, txt",
        "photo.jpg, ''",
    })
    void formatFollowsTheFileName(String name, String format) {
        assertThat(RecordReaders.formatOf(name)).isEqualTo(format.isEmpty() ? null : format);
    }
}
