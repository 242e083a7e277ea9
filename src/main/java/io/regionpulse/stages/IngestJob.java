package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.regionpulse.codes.RejectReason;
import io.regionpulse.codes.Stage;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.tables.Pages;
import io.regionpulse.tables.Rejects;
import io.regionpulse.warehouse.HadoopConf;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest: input files → {@code pages} + {@code rejects(stage=ingest)}. The driver only lists
 * file names; executors open and stream the files (one task per group of files).
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);

    /** Staged record: a page or a reject, before the two writes. */
    static final StructType STAGED = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("page_id", DataTypes.StringType)
            .add("source_uri", DataTypes.StringType, false)
            .add("record_offset", DataTypes.LongType)
            .add("url", DataTypes.StringType)
            .add("fetched_at", DataTypes.TimestampType)
            .add("format", DataTypes.StringType)
            .add("charset", DataTypes.StringType)
            .add("raw", DataTypes.BinaryType)
            .add("reason", DataTypes.StringType)
            .add("detail", DataTypes.StringType);

    private IngestJob() {}

    public static StageResult run(RunContext ctx, List<String> inputs) {
        Warehouse w = ctx.warehouse();
        SparkSession spark = w.spark();
        Configuration hconf = spark.sparkContext().hadoopConfiguration();
        List<InputFiles.InputFile> files = InputFiles.expand(inputs, hconf);
        LOG.info("ingest: {} input files under {}", files.size(), inputs);
        if (files.isEmpty()) {
            return StageResult.of(Stage.INGEST, 0, 0, 0);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(
                (int) Math.ceil(files.size() / (double) ctx.settings().filesPerTask()),
                Math.min(files.size(), 2 * jsc.defaultParallelism()));
        HadoopConf conf = new HadoopConf(hconf);
        IngestSettings settings = ctx.settings().ingest();
        JavaRDD<Row> staged = jsc.parallelize(files, slices).flatMap(f -> readFile(f, conf, settings));
        Dataset<Row> df = spark.createDataFrame(staged, STAGED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long total = df.count();
            Dataset<Row> pages = df.filter(col("kind").equalTo("page"))
                    .withColumn("run_id", lit(ctx.runId()))
                    // the run's start date (UTC): every page of one run lands in one partition
                    .withColumn(
                            "ingest_date",
                            lit(java.sql.Date.valueOf(
                                    java.time.LocalDate.ofInstant(ctx.startedAt(), java.time.ZoneOffset.UTC))));
            Dataset<Row> rejects = Stages.rejects(df, Stage.INGEST, ctx.runId()).withColumn("sample", col("raw"));
            // Rows actually written: a page seen by an earlier run (or twice in this one) is a duplicate.
            long written = w.insertNew(Pages.DEF, pages);
            long rejected = w.insertNew(Rejects.DEF, rejects);
            return StageResult.of(Stage.INGEST, total, written, rejected, total - written - rejected);
        } finally {
            df.unpersist();
        }
    }

    /** Streams the records of one file into staged rows; an unreadable file becomes one reject. */
    static Iterator<Row> readFile(InputFiles.InputFile f, HadoopConf conf, IngestSettings settings) {
        if (f.problem() != null) {
            return List.of(reject(f.uri(), 0, RejectReason.UNREADABLE, f.problem(), null))
                    .iterator();
        }
        String format = RecordReaders.formatOf(f.uri());
        if (format == null) {
            return List.of(reject(
                            f.uri(),
                            0,
                            RejectReason.UNSUPPORTED_FORMAT,
                            "not an input format we read (txt, html, md, jsonl, warc)",
                            null))
                    .iterator();
        }
        final InputStream in;
        try {
            Path p = new Path(f.uri());
            in = p.getFileSystem(conf.build()).open(p);
        } catch (Exception e) {
            return List.of(reject(f.uri(), 0, RejectReason.UNREADABLE, e.toString(), null))
                    .iterator();
        }
        Iterator<RawRecord> records = RecordReaders.read(f.uri(), in, settings);
        return withFailureAsReject(f.uri(), records, in);
    }

    /**
     * The records of one file; if the reader throws anyway, the file ends with one malformed_record
     * reject (offset after the last record, the exception class) instead of silently.
     */
    static Iterator<Row> withFailureAsReject(String uri, Iterator<RawRecord> records, InputStream in) {
        return new Iterator<>() {
            boolean closed;
            long lastOffset = -1;
            RawRecord failure;

            @Override
            public boolean hasNext() {
                if (failure != null) {
                    return true;
                }
                boolean more;
                try {
                    more = !closed && records.hasNext();
                } catch (RuntimeException | StackOverflowError e) {
                    failure = RecordReaders.readerFailure(uri, lastOffset + 1, e);
                    more = false;
                }
                if (!more && !closed) {
                    closed = true;
                    try {
                        in.close();
                    } catch (Exception ignored) {
                        // the records were read; closing a spent stream cannot lose data
                    }
                }
                return more || failure != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (failure != null) {
                    RawRecord f = failure;
                    failure = null;
                    closed = true;
                    return toRow(f);
                }
                RawRecord r;
                try {
                    r = records.next();
                } catch (RuntimeException | StackOverflowError e) {
                    closed = true;
                    return toRow(RecordReaders.readerFailure(uri, lastOffset + 1, e));
                }
                lastOffset = r.recordOffset();
                return toRow(r);
            }
        };
    }

    static Row toRow(RawRecord r) {
        if (r.isRejected()) {
            return reject(r.sourceUri(), r.recordOffset(), r.rejectReason(), r.rejectDetail(), r.raw());
        }
        String pageId = PageIds.pageId(r.url() != null ? r.url() : r.sourceUri() + "#" + r.recordOffset(), r.raw());
        return RowFactory.create(
                "page",
                pageId,
                r.sourceUri(),
                r.recordOffset(),
                r.url(),
                r.fetchedAt(),
                r.format(),
                r.charset(),
                r.raw(),
                null,
                null);
    }

    static Row reject(String uri, long offset, RejectReason reason, String detail, byte[] raw) {
        return reject(uri, offset, reason.code(), detail, raw);
    }

    static Row reject(String uri, long offset, String reason, String detail, byte[] raw) {
        byte[] sample = raw == null ? null : Arrays.copyOf(raw, Math.min(raw.length, 256));
        return RowFactory.create(
                "reject", null, uri, offset, null, null, RecordReaders.formatOf(uri), null, sample, reason, detail);
    }
}
