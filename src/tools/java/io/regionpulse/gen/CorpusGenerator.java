package io.regionpulse.gen;

import io.regionpulse.gen.Article.TruthMetric;
import io.regionpulse.gen.Article.TruthRegion;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.nlp.HanlpSimplifiedToTraditional;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic crawl of our own making plus {@code truth.jsonl}, the regions and metrics each
 * page really contains, so that scale runs also measure accuracy.
 *
 * <pre>
 * jobs/generate-corpus.sh --docs 1000 --out /tmp/corpus --seed 7 --bad-ratio 0.02
 * </pre>
 *
 * <p>Layout: up to {@code --files-up-to} documents, pages are spread over every input format
 * (individual .txt/.html/.md files under {@code pages/}, JSON-lines batches under {@code jsonl/},
 * WARC batches under {@code warc/}); above it, everything goes into {@code jsonl/*.jsonl.gz} and
 * {@code warc/*.warc.gz} batches of {@code --batch} pages. Broken inputs go under {@code bad/} (or
 * as broken lines inside batches). Output depends only on the options: the same seed gives the
 * same bytes, whatever the thread count.
 */
@Command(
        name = "generate-corpus",
        mixinStandardHelpOptions = true,
        description = "Generate a synthetic Chinese regional-news corpus with ground truth.")
public final class CorpusGenerator implements Callable<Integer> {
    /** Broken-input kinds, in the order bad slots cycle through them. */
    public static final List<String> BAD_KINDS = List.of(
            "broken_json_line",
            "empty_file",
            "binary_file",
            "invalid_utf8",
            "gbk_undeclared",
            "truncated_gz",
            "truncated_warc",
            "oversize");

    @Option(names = "--docs", required = true, description = "Number of pages (good and bad).")
    long docs;

    @Option(
            names = "--out",
            required = true,
            description = "Output folder (created; existing generated files are overwritten).")
    Path out;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--bad-ratio",
            defaultValue = "0",
            description = "Share of pages replaced by broken inputs (0..0.5).")
    double badRatio;

    @Option(
            names = "--files-up-to",
            defaultValue = "20000",
            description = "Up to this many docs, write individual page files too (default ${DEFAULT-VALUE}).")
    long filesUpTo;

    @Option(
            names = "--batch",
            defaultValue = "10000",
            description = "Pages per batch file in large mode (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads (0 = number of cores, at most 4).")
    int threads;

    @Option(names = "--traditional-share", defaultValue = "0.15", description = "Share of pages in Traditional script.")
    double traditionalShare;

    @Option(
            names = "--syndication",
            defaultValue = "0.08",
            description = "Share of pages that are copies of an earlier story.")
    double syndication;

    @Option(
            names = "--oversize-bytes",
            defaultValue = "-1",
            description = "Size of an oversize page (default: the ingest limit + 1 MiB).")
    long oversizeBytes;

    @Option(
            names = "--max-oversize",
            defaultValue = "2",
            description = "At most this many oversize files (they are big).")
    int maxOversize;

    @Option(
            names = "--truth-format",
            defaultValue = "auto",
            description =
                    "plain (truth.jsonl), gzip (truth.jsonl.gz) or auto: plain up to --files-up-to docs, gzip above (about 2.7 KB of truth per page).")
    String truthFormat;

    @Option(
            names = "--crawl-start",
            description = "Crawl-day mode: the first crawl day (yyyy-MM-dd). Page n belongs to crawl day"
                    + " crawl-start + n / --per-day and was published mostly on that day, with a tail over the"
                    + " --tail-days before it (default: no crawl days, stories spread over a whole year).")
    java.time.LocalDate crawlStart;

    @Option(names = "--per-day", defaultValue = "0", description = "Crawl-day mode: pages per crawl day (0 = --docs).")
    long perDay;

    @Option(
            names = "--first-doc",
            defaultValue = "0",
            description = "Number of the first page (a later crawl day continues where the history stopped).")
    long firstDoc;

    @Option(
            names = "--same-day",
            defaultValue = "0.7",
            description = "Crawl-day mode: share of pages published on their crawl day (default ${DEFAULT-VALUE}).")
    double sameDay;

    @Option(
            names = "--tail-days",
            defaultValue = "14",
            description =
                    "Crawl-day mode: the other pages were published 1..N days earlier (default ${DEFAULT-VALUE}).")
    int tailDays;

    @Option(
            names = "--portal-share",
            defaultValue = "0",
            description = "Share of HTML/WARC pages written as full portal pages of 30-150 KB (mega-menu, scripts,"
                    + " headline lists) instead of a bare article page.")
    double portalShare;

    private RegionPool pool;
    private ArticleFactory factory;
    private PageRenderer renderer;
    private long[] badPositions = new long[0];

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the generator with command-line arguments; returns the exit code. */
    public static int run(String... args) {
        return new CommandLine(new CorpusGenerator()).execute(args);
    }

    @Override
    public Integer call() throws Exception {
        if (docs < 0 || badRatio < 0 || badRatio > 0.5) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--docs must be >= 0 and --bad-ratio in 0..0.5");
        }
        long started = System.nanoTime();
        Summary s = generate();
        double secs = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "generated %d pages (%d bad) in %s: %s; regions from %s; %.1f s%n",
                s.pages, s.bad, out, s.byFormat, pool.source(), secs);
        return 0;
    }

    /** What was written: page counts per format, for the manifest and the caller. */
    public record Summary(long pages, long bad, Map<String, Long> byFormat) {}

    public Summary generate() throws IOException, InterruptedException {
        pool = RegionPool.load();
        if (crawlStart != null) {
            long day = perDay > 0 ? perDay : Math.max(1, docs);
            factory = new ArticleFactory(pool, seed, n -> crawlDate(n, day));
        } else {
            factory = new ArticleFactory(pool, seed);
        }
        UnaryOperator<String> t = new HanlpSimplifiedToTraditional();
        renderer = new PageRenderer(pool, t);
        if (oversizeBytes < 0) oversizeBytes = IngestSettings.defaults().maxRecordBytes() + (1 << 20);
        long nBad = Math.round(docs * badRatio);
        badPositions = new long[(int) nBad];
        for (int k = 0; k < nBad; k++) badPositions[k] = (long) Math.floor((k + 0.5) * docs / nBad);
        Files.createDirectories(out);
        boolean small = docs <= filesUpTo;
        int chunk = small ? 1000 : batch;
        long chunks = (docs + chunk - 1) / chunk;
        int nThreads = threads > 0 ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(nThreads, r -> {
            Thread th = new Thread(r, "corpus-gen");
            th.setDaemon(true);
            return th;
        });
        Map<String, Long> byFormat = new LinkedHashMap<>();
        long bad = 0;
        boolean truthGzip = truthFormat.equals("gzip") || (truthFormat.equals("auto") && !small);
        if (!List.of("auto", "plain", "gzip").contains(truthFormat)) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this), "--truth-format must be auto, plain or gzip");
        }
        Path truthPath = out.resolve(truthGzip ? "truth.jsonl.gz" : "truth.jsonl");
        Files.deleteIfExists(out.resolve(truthGzip ? "truth.jsonl" : "truth.jsonl.gz"));
        try (OutputStream truthOut = truthStream(truthPath)) {
            List<Future<ChunkResult>> pending = new ArrayList<>();
            long next = 0;
            while (next < chunks || !pending.isEmpty()) {
                while (next < chunks && pending.size() < nThreads * 2) {
                    final long c = next++;
                    final long from = firstDoc + c * chunk;
                    final long to = Math.min(firstDoc + docs, from + chunk);
                    pending.add(pool.submit(() -> chunk(c, from, to, small)));
                }
                ChunkResult r;
                try {
                    r = pending.remove(0).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IOException("chunk failed", e.getCause());
                }
                truthOut.write(r.truth);
                r.byFormat.forEach((k, v) -> byFormat.merge(k, v, Long::sum));
                bad += r.bad;
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("generator", "io.regionpulse.gen.CorpusGenerator");
        manifest.put("seed", seed);
        manifest.put("docs", docs);
        manifest.put("first_doc", firstDoc);
        manifest.put("crawl_start", crawlStart == null ? null : crawlStart.toString());
        manifest.put("per_day", perDay);
        manifest.put("portal_share", portalShare);
        manifest.put("bad", bad);
        manifest.put("bad_ratio", badRatio);
        manifest.put("mode", small ? "files" : "batches");
        manifest.put("by_format", byFormat);
        manifest.put("regions", this.pool.source());
        manifest.put("truth", truthPath.getFileName().toString());
        Files.writeString(out.resolve("manifest.json"), Json.of(manifest) + "\n");
        return new Summary(docs, bad, byFormat);
    }

    /** Publish date of story n in crawl-day mode: its crawl day, or 1..tail-days before it. */
    java.time.LocalDate crawlDate(long n, long day) {
        java.time.LocalDate crawled = crawlStart.plusDays(n / day);
        double u = (Mix.hash(seed, n, 0xDA7E) >>> 11) * 0x1.0p-53;
        if (u < sameDay || tailDays < 1) {
            return crawled;
        }
        double v = (u - sameDay) / (1 - sameDay); // uniform in [0, 1): squared, most late pages are a day or two old
        return crawled.minusDays(1 + (long) Math.floor(v * v * tailDays));
    }

    private static OutputStream truthStream(Path p) throws IOException {
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
        if (!p.toString().endsWith(".gz")) return o;
        return new GZIPOutputStream(o, 1 << 16) {
            { // truth is big and read once: favour speed over size
                def.setLevel(java.util.zip.Deflater.BEST_SPEED);
            }
        };
    }

    private record ChunkResult(byte[] truth, Map<String, Long> byFormat, long bad) {}

    private String badKindAt(long doc) {
        int k = java.util.Arrays.binarySearch(badPositions, doc - firstDoc);
        if (k < 0) return null;
        String kind = BAD_KINDS.get(k % BAD_KINDS.size());
        if (kind.equals("oversize") && k / BAD_KINDS.size() >= maxOversize) return "broken_json_line";
        return kind;
    }

    /** Story number of page {@code doc}: itself, or (for a syndicated copy) the story it copies. */
    long storyOf(long doc) {
        long d = doc;
        while (d > 0 && isCopy(d)) {
            d = d - 1 - Math.floorMod(Mix.hash(seed, d, 0xC1), Math.min(d, 50L));
        }
        return d;
    }

    boolean isCopy(long doc) {
        return doc > 0 && (Mix.hash(seed, doc, 0xC0) >>> 11) * 0x1.0p-53 < syndication;
    }

    private ChunkResult chunk(long c, long from, long to, boolean small) throws IOException {
        ByteArrayOutputStream truth = new ByteArrayOutputStream();
        Map<String, Long> byFormat = new LinkedHashMap<>();
        long bad = 0;
        String jsonlName = small
                ? String.format("jsonl/part-%05d.jsonl%s", c, c % 2 == 1 ? ".gz" : "")
                : String.format("jsonl/part-%05d.jsonl.gz", c);
        String warcName = String.format("warc/part-%05d.warc.gz", c);
        Batch jsonl = new Batch(out, jsonlName);
        WarcBatch warc = new WarcBatch(out, warcName);
        try {
            for (long doc = from; doc < to; doc++) {
                SplittableRandom rng = new SplittableRandom(Mix.hash(seed, doc, 0xD0C));
                String badKind = badKindAt(doc);
                if (badKind != null) {
                    bad++;
                    byFormat.merge("bad:" + badKind, 1L, Long::sum);
                    writeBad(badKind, doc, rng, jsonl, warc, truth);
                    continue;
                }
                String format = pickFormat(rng, small);
                byFormat.merge(format, 1L, Long::sum);
                long story = storyOf(doc);
                boolean copy = story != doc;
                boolean traditional = rng.nextDouble() < (copy ? 0.4 : traditionalShare);
                Article a = factory.story(story);
                PageRenderer.Rendered page =
                        renderer.render(a, format, copy, traditional, rng, String.format("d%09d", doc));
                if ((format.equals("warc") || format.equals("html")) && portalShare > 0) {
                    // its own stream: the other pages stay byte-identical whatever the share
                    SplittableRandom prng = new SplittableRandom(Mix.hash(seed, doc, 0x9047));
                    if (prng.nextDouble() < portalShare) {
                        page = page.withContent(
                                PortalChrome.inflate(page.content(), PortalChrome.targetBytes(prng), prng));
                        byFormat.merge("portal", 1L, Long::sum);
                    }
                }
                Map<String, Object> t = truthOf(doc, a, page, copy);
                switch (format) {
                    case "jsonl" -> {
                        t.put("file", jsonl.name);
                        t.put("record", jsonl.records);
                        t.put("record_offset", jsonl.records);
                        t.put("charset", "UTF-8");
                        jsonl.line(page.content().getBytes(StandardCharsets.UTF_8));
                    }
                    case "warc" -> {
                        boolean gbk = rng.nextInt(100) < 15;
                        Charset cs = gbk && canEncode(page.content(), "GBK")
                                ? Charset.forName("GBK")
                                : StandardCharsets.UTF_8;
                        String html = cs == StandardCharsets.UTF_8
                                ? page.content()
                                : page.content().replace("<meta charset=\"utf-8\">\n", "");
                        t.put("file", warc.name);
                        t.put("record", warc.records);
                        t.put("record_offset", warc.position());
                        t.put("charset", cs.name());
                        warc.page(
                                page.url(),
                                a.publishedAt()
                                        .toInstant(ZoneOffset.ofHours(8))
                                        .plusSeconds(3600L * (1 + rng.nextInt(48))),
                                "text/html; charset=" + (cs == StandardCharsets.UTF_8 ? "utf-8" : "GBK"),
                                html.getBytes(cs));
                    }
                    default -> {
                        String ext = format.equals("md") ? "md" : format;
                        Charset cs = StandardCharsets.UTF_8;
                        String content = page.content();
                        if (format.equals("html") && rng.nextInt(100) < 10 && canEncode(content, "GBK")) {
                            cs = Charset.forName("GBK");
                            content = content.replace("<meta charset=\"utf-8\">", "<meta charset=\"gbk\">");
                        }
                        String name = pageFile(doc, ext);
                        write(name, content.getBytes(cs));
                        t.put("file", name);
                        t.put("record", 0);
                        t.put("record_offset", 0);
                        t.put("charset", cs.name());
                    }
                }
                truthLine(truth, t);
            }
        } finally {
            jsonl.close();
            warc.close();
        }
        return new ChunkResult(truth.toByteArray(), byFormat, bad);
    }

    private static String pickFormat(SplittableRandom rng, boolean small) {
        int p = rng.nextInt(100);
        if (!small) return p < 80 ? "jsonl" : "warc";
        if (p < 22) return "txt";
        if (p < 44) return "html";
        if (p < 54) return "md";
        if (p < 80) return "jsonl";
        return "warc";
    }

    static String pageFile(long doc, String ext) {
        return String.format("pages/%05d/d%09d.%s", doc / 1000, doc, ext);
    }

    private static boolean canEncode(String s, String charset) {
        return Charset.forName(charset).newEncoder().canEncode(s);
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path p = out.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    private Map<String, Object> truthOf(long doc, Article a, PageRenderer.Rendered page, boolean copy) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("doc", doc);
        t.put("file", null);
        t.put("record", null);
        t.put("record_offset", null);
        t.put("format", page.format());
        t.put("url", page.url());
        t.put("story_id", a.storyId());
        t.put("syndicated_copy", copy);
        t.put("script", page.traditional() ? "traditional" : "simplified");
        t.put("published_date", a.publishedAt().toLocalDate().toString());
        t.put("title", a.title());
        t.put("source_name", a.source());
        List<Map<String, Object>> regions = new ArrayList<>();
        for (TruthRegion r : page.bodyRegions()) regions.add(region(r));
        t.put("regions", regions);
        List<Map<String, Object>> absent = new ArrayList<>();
        for (TruthRegion r : page.chromeRegions()) absent.add(region(r));
        t.put("regions_absent", absent);
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (TruthMetric m : a.metrics()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("surface", m.surface());
            o.put("value", m.value());
            o.put("unit", m.unit());
            if (m.measureWord() != null) o.put("measure_word", m.measureWord());
            o.put("qualifier", m.qualifier());
            o.put("change", m.change() == null ? "level" : m.change());
            if (m.comparison() != null) o.put("comparison", m.comparison());
            o.put("is_target", m.isTarget());
            if (m.targetYear() != null) o.put("target_year", m.targetYear());
            if (m.referenceYear() != null) o.put("reference_year", m.referenceYear());
            o.put("indicator", m.indicator());
            o.put("region", m.regionCode());
            metrics.add(o);
        }
        t.put("metrics", metrics);
        t.put("metrics_absent", page.chromeNumbers());
        t.put("reject", null);
        return t;
    }

    private static Map<String, Object> region(TruthRegion r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", r.code());
        o.put("name", r.name());
        o.put("surface", r.surface());
        return o;
    }

    private static void truthLine(ByteArrayOutputStream truth, Map<String, Object> t) {
        byte[] b = (Json.of(t) + "\n").getBytes(StandardCharsets.UTF_8);
        truth.write(b, 0, b.length);
    }

    private static Map<String, Object> reject(String reason, String... alsoOk) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("reason", reason);
        o.put("also_ok", List.of(alsoOk));
        return o;
    }

    /** Writes one broken input and its truth line (what ingest or clean must say about it). */
    private void writeBad(
            String kind, long doc, SplittableRandom rng, Batch jsonl, WarcBatch warc, ByteArrayOutputStream truth)
            throws IOException {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("doc", doc);
        t.put("bad", kind);
        Article a = factory.story(doc);
        switch (kind) {
            case "broken_json_line" -> {
                PageRenderer.Rendered p = renderer.render(a, "jsonl", false, false, rng, String.format("d%09d", doc));
                String line = p.content();
                t.put("file", jsonl.name);
                t.put("record", jsonl.records);
                t.put("record_offset", jsonl.records);
                jsonl.line(line.substring(0, line.length() / 2).getBytes(StandardCharsets.UTF_8));
                t.put("reject", reject("malformed_record"));
            }
            case "empty_file" -> {
                String name = String.format("bad/d%09d.txt", doc);
                write(name, new byte[0]);
                t.put("file", name);
                t.put("record", 0);
                t.put("record_offset", 0);
                t.put("reject", reject("empty_input", "empty_after_cleaning"));
            }
            case "binary_file" -> {
                String name = String.format("bad/d%09d.html", doc);
                byte[] b = new byte[4096 + rng.nextInt(8192)];
                for (int i = 0; i < b.length; i++) b[i] = (byte) rng.nextInt(256);
                byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
                System.arraycopy(png, 0, b, 0, png.length);
                write(name, b);
                t.put("file", name);
                t.put("record", 0);
                t.put("record_offset", 0);
                t.put("reject", reject("binary", "not_chinese", "bad_encoding"));
            }
            case "invalid_utf8" -> {
                String name = String.format("bad/d%09d.txt", doc);
                byte[] good = renderer.render(a, "txt", false, false, rng, "x")
                        .content()
                        .getBytes(StandardCharsets.UTF_8);
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int i = 0; i < good.length; i++) {
                    int v = good[i] & 0xff;
                    // drop continuation bytes of about half the multi-byte characters: lead bytes left dangling
                    if (v >= 0x80 && v < 0xC0 && rng.nextInt(100) < 50) continue;
                    b.write(v);
                }
                write(name, b.toByteArray());
                t.put("file", name);
                t.put("record", 0);
                t.put("record_offset", 0);
                t.put("reject", reject("bad_encoding", "not_chinese"));
            }
            case "gbk_undeclared" -> {
                // A good page in GBK with no declaration anywhere: ingest must detect the charset.
                PageRenderer.Rendered p = renderer.render(a, "txt", false, false, rng, String.format("d%09d", doc));
                String name = String.format("bad/d%09d.txt", doc);
                boolean gbk = canEncode(p.content(), "GBK");
                write(name, p.content().getBytes(gbk ? Charset.forName("GBK") : StandardCharsets.UTF_8));
                Map<String, Object> good = truthOf(doc, a, p, false);
                good.put("file", name);
                good.put("record", 0);
                good.put("record_offset", 0);
                good.put("charset", gbk ? "GBK" : "UTF-8");
                good.put("bad", kind);
                good.put("reject", null);
                good.put("also_ok_reject", List.of("bad_encoding"));
                truthLine(truth, good);
                return;
            }
            case "truncated_gz" -> {
                String name = String.format("bad/d%09d.jsonl.gz", doc);
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
                    for (int i = 0; i < 20; i++) {
                        Article ai = factory.story(doc * 31 + i);
                        gz.write((renderer.render(ai, "jsonl", false, false, rng, "t" + i)
                                                .content() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
                byte[] all = raw.toByteArray();
                write(name, java.util.Arrays.copyOf(all, all.length * 6 / 10));
                t.put("file", name);
                t.put("record", null);
                t.put("record_offset", null);
                t.put("records_in_file", 20);
                t.put("note", "records before the cut may be read; the rest of the file is malformed");
                t.put("reject", reject("malformed_record"));
            }
            case "truncated_warc" -> {
                String name = String.format("bad/d%09d.warc.gz", doc);
                ByteArrayOutputStream raw = new ByteArrayOutputStream();
                long cut;
                try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(raw), WarcCompression.GZIP)) {
                    PageRenderer.Rendered p0 =
                            renderer.render(a, "warc", false, false, rng, String.format("d%09d", doc));
                    WarcPages.writeResponse(
                            w,
                            p0.url(),
                            fetched(a),
                            "text/html; charset=utf-8",
                            p0.content().getBytes(StandardCharsets.UTF_8));
                    Map<String, Object> good = truthOf(doc, a, p0, false);
                    good.put("file", name);
                    good.put("record", 0);
                    good.put("record_offset", 0);
                    good.put("charset", "UTF-8");
                    good.put("in_truncated_file", true);
                    truthLine(truth, good);
                    cut = raw.size();
                    Article a2 = factory.story(doc * 31 + 7);
                    PageRenderer.Rendered p1 = renderer.render(a2, "warc", false, false, rng, "t1");
                    WarcPages.writeResponse(
                            w,
                            p1.url(),
                            fetched(a2),
                            "text/html; charset=utf-8",
                            p1.content().getBytes(StandardCharsets.UTF_8));
                }
                byte[] all = raw.toByteArray();
                long keep = cut + (all.length - cut) / 2;
                write(name, java.util.Arrays.copyOf(all, (int) keep));
                t.put("file", name);
                t.put("record", 1);
                t.put("record_offset", cut);
                t.put("reject", reject("malformed_record"));
            }
            case "oversize" -> {
                String name = String.format("bad/d%09d.html", doc);
                PageRenderer.Rendered p = renderer.render(a, "html", false, false, rng, String.format("d%09d", doc));
                byte[] head = p.content().replace("</body>", "").getBytes(StandardCharsets.UTF_8);
                byte[] filler = "<p>　　本站声明：以上内容仅供参考。</p>\n".getBytes(StandardCharsets.UTF_8);
                Path path = out.resolve(name);
                Files.createDirectories(path.getParent());
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                    o.write(head);
                    long written = head.length;
                    while (written < oversizeBytes) {
                        o.write(filler);
                        written += filler.length;
                    }
                    o.write("</body></html>\n".getBytes(StandardCharsets.UTF_8));
                }
                t.put("file", name);
                t.put("record", 0);
                t.put("record_offset", 0);
                t.put("bytes", Files.size(path));
                t.put("reject", reject("too_large"));
            }
            default -> throw new IllegalStateException(kind);
        }
        truthLine(truth, t);
    }

    private static Instant fetched(Article a) {
        return a.publishedAt().toInstant(ZoneOffset.ofHours(8)).plusSeconds(7200);
    }

    /** A JSON-lines batch file, plain or gzip by its name, opened on first use. */
    private static final class Batch implements AutoCloseable {
        final String name;
        final Path path;
        OutputStream o;
        long records;

        Batch(Path dir, String name) {
            this.name = name;
            this.path = dir.resolve(name);
        }

        void line(byte[] b) throws IOException {
            if (o == null) {
                Files.createDirectories(path.getParent());
                OutputStream f = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
                o = name.endsWith(".gz") ? new GZIPOutputStream(f, 1 << 16) : f;
            }
            o.write(b);
            o.write('\n');
            records++;
        }

        @Override
        public void close() throws IOException {
            if (o != null) o.close();
        }
    }

    /** A WARC batch (gzip per record), opened on first use. */
    private static final class WarcBatch implements AutoCloseable {
        final String name;
        final Path path;
        WarcWriter w;
        long records;

        WarcBatch(Path dir, String name) {
            this.name = name;
            this.path = dir.resolve(name);
        }

        /** Byte offset where the next record starts (what a WARC reader reports as its position). */
        long position() {
            return w == null ? 0 : w.position();
        }

        void page(String url, Instant fetchedAt, String contentType, byte[] body) throws IOException {
            if (w == null) {
                Files.createDirectories(path.getParent());
                w = new WarcWriter(
                        java.nio.channels.Channels.newChannel(
                                new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)),
                        WarcCompression.GZIP);
            }
            WarcPages.writeResponse(w, url, fetchedAt, contentType, body);
            records++;
        }

        @Override
        public void close() throws IOException {
            if (w != null) w.close();
        }
    }

    static {
        // keep picocli quiet about ANSI when piped
        System.setProperty("picocli.ansi", System.getProperty("picocli.ansi", "false"));
    }
}
