package io.regionpulse.bench;

import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.nlp.Segmenter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.stages.InputFiles;
import io.regionpulse.text.Charsets;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The two floors the pipeline is measured against, on one core, over the same input:
 *
 * <ul>
 *   <li><b>read</b>: open every input file, stream its records (gunzip, JSON lines, WARC) and
 *       decode each page's bytes to a String, as ingest does, nothing else;
 *   <li><b>segment</b>: HanLP segmentation alone ({@link Segmenter} with the gazetteer's instance
 *       dictionary, as extract uses it) over the cleaned main text of each page; the cleaning
 *       itself is timed separately ({@code clean}) and not part of the floor.
 * </ul>
 *
 * <p>A third measure is not a floor but tells the stages' own cost from Spark's around it:
 * <b>analyze</b>, the whole per-document extraction of the extract stage ({@link DocumentAnalyzer}:
 * segmentation, regions, metrics, keywords) on the same cleaned text, one core.
 *
 * <pre>
 * java -cp ... io.regionpulse.bench.Floors --input /tmp/corpus/pages --input /tmp/corpus/jsonl --out floors.csv
 * </pre>
 *
 * <p>Writes one CSV row per measure: {@code measure,docs,bytes,chars,seconds,docs_per_s,mb_per_s}
 * (MB of raw input bytes, so the rates compare with the stages' MB/s). Single-threaded, and
 * {@code seconds} are CPU seconds of the measuring thread: the rates are per core. The JIT is warmed on the first {@code --warmup} pages, which are then read
 * again in the measured pass.
 */
@Command(
        name = "floors",
        mixinStandardHelpOptions = true,
        description = "Read+decode and HanLP-segmentation floors on one core.")
public final class Floors implements Callable<Integer> {
    @Option(
            names = "--input",
            required = true,
            description = "Input file or folder, as given to the pipeline (repeatable)")
    List<String> inputs;

    @Option(names = "--out", description = "CSV file to write (default: stdout only)")
    Path out;

    @Option(names = "--limit", defaultValue = "0", description = "Measure at most this many pages (0 = all)")
    long limit;

    @Option(names = "--warmup", defaultValue = "300", description = "Pages segmented once before measuring")
    int warmup;

    /** Accumulated time and volume of one measure. */
    static final class Measure {
        final String name;
        long docs;
        long bytes;
        long chars;
        long nanos;

        Measure(String name) {
            this.name = name;
        }

        String csv() {
            double s = nanos / 1e9;
            return String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%d,%.3f,%.1f,%.3f",
                    name,
                    docs,
                    bytes,
                    chars,
                    s,
                    s == 0 ? 0 : docs / s,
                    s == 0 ? 0 : bytes / 1e6 / s);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * CPU time of this thread (ns): on a machine shared with other work the wall clock measures the
     * neighbours; CPU seconds measure our code, and are what "per core" means.
     */
    static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Floors()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
        List<InputFiles.InputFile> files = InputFiles.expand(inputs, conf);
        io.regionpulse.config.Settings settings = io.regionpulse.config.Settings.defaults();
        IngestSettings ingest = settings.ingest();
        PageCleaner cleaner = new PageCleaner(settings.clean(), new HanlpScriptConverter());
        Gazetteer gazetteer = Gazetteer.builtin();
        Segmenter segmenter = new Segmenter(gazetteer);
        DocumentAnalyzer analyzer =
                new DocumentAnalyzer(gazetteer, io.regionpulse.warehouse.Lexicons.stopWords(), settings.keywordLimit());

        // Warm-up: the same code paths on the first pages, not counted.
        long warmed = 0;
        for (InputFiles.InputFile f : files) {
            if (warmed >= warmup) {
                break;
            }
            warmed += pass(f, conf, ingest, cleaner, segmenter, analyzer, null, null, null, null, warmup - warmed);
        }

        Measure read = new Measure("read_decode");
        Measure clean = new Measure("clean_only");
        Measure seg = new Measure("segment");
        Measure analyze = new Measure("analyze");
        long max = limit > 0 ? limit : Long.MAX_VALUE;
        for (InputFiles.InputFile f : files) {
            if (read.docs >= max) {
                break;
            }
            pass(f, conf, ingest, cleaner, segmenter, analyzer, read, clean, seg, analyze, max - read.docs);
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        StringBuilder csv = new StringBuilder("measure,docs,bytes,chars,seconds,docs_per_s,mb_per_s\n");
        for (Measure m : List.of(read, clean, seg, analyze)) {
            csv.append(m.csv()).append('\n');
        }
        System.out.print(csv);
        System.out.printf(Locale.ROOT, "# peak heap %.0f MB%n", peak / 1e6);
        if (out != null) {
            Files.writeString(out, csv.toString());
        }
        return 0;
    }

    /**
     * Reads one file's records; with measures, times read+decode, cleaning, segmentation and the
     * whole extraction of each page separately. Returns the pages seen (at most {@code max}).
     */
    static long pass(
            InputFiles.InputFile f,
            org.apache.hadoop.conf.Configuration conf,
            IngestSettings ingest,
            PageCleaner cleaner,
            Segmenter segmenter,
            DocumentAnalyzer analyzer,
            Measure read,
            Measure clean,
            Measure seg,
            Measure analyze,
            long max)
            throws Exception {
        if (RecordReaders.formatOf(f.uri()) == null) {
            return 0;
        }
        long n = 0;
        long t0 = cpu();
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f.uri());
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            Iterator<RawRecord> it = RecordReaders.read(f.uri(), in, ingest);
            while (n < max) {
                boolean more;
                try {
                    more = it.hasNext();
                } catch (RuntimeException e) {
                    more = false; // a truncated file ends its records, as in ingest
                }
                if (!more) {
                    break;
                }
                RawRecord r = it.next();
                if (r.isRejected() || r.raw() == null) {
                    continue;
                }
                String charset = r.charset() != null ? r.charset() : Charsets.sniff(r.raw(), null);
                String decoded = Charsets.decode(r.raw(), charset);
                long t1 = cpu();
                n++;
                if (read != null) {
                    read.docs++;
                    read.bytes += r.raw().length;
                    read.chars += decoded.length();
                    read.nanos += t1 - t0;
                }
                CleanOutcome out;
                try {
                    out = cleaner.clean(new PageInput(
                            "bench",
                            r.sourceUri(),
                            r.recordOffset(),
                            r.url(),
                            r.format(),
                            charset,
                            r.raw(),
                            r.fetchedAt()));
                } catch (RuntimeException e) {
                    out = CleanOutcome.reject("cleaner_error", e.toString());
                }
                long t2 = cpu();
                if (clean != null) {
                    clean.docs++;
                    clean.bytes += r.raw().length;
                    clean.nanos += t2 - t1;
                }
                if (!out.isRejected()) {
                    String text = out.page().text();
                    segmenter.segment(text);
                    long t3 = cpu();
                    if (seg != null) {
                        seg.docs++;
                        seg.bytes += r.raw().length;
                        seg.chars += text.length();
                        seg.nanos += t3 - t2;
                        clean.chars += text.length();
                    }
                    long t4 = cpu();
                    analyzer.analyze(text, out.page().publishedDate());
                    if (analyze != null) {
                        analyze.docs++;
                        analyze.bytes += r.raw().length;
                        analyze.chars += text.length();
                        analyze.nanos += cpu() - t4;
                    }
                    t0 = cpu();
                } else {
                    t0 = t2;
                }
            }
        }
        return n;
    }
}
