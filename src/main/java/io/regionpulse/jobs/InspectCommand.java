package io.regionpulse.jobs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.codes.Stage;
import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.metrics.MetricMention;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.stages.CleanJob;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanedPage;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import io.regionpulse.warehouse.Lexicons;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jobs/inspect.sh}: the per-document path without Spark — the same reader, cleaner and
 * analyzer the jobs run — printing the document fields with its region_mentions and metrics rows
 * as JSON. With {@code --lines}, every input line is taken as a clean plain-text document.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description =
                "Show what the pipeline makes of one page file (any input format) or of each line of text (--lines).")
public final class InspectCommand implements Callable<Integer> {
    @Option(names = "--lines", description = "Every input line is a separate plain-text document; one JSON line each")
    boolean lines;

    @Option(names = "--conf", description = "Configuration overlay file")
    String conf;

    @Parameters(index = "0", description = "Page file, or - for standard input")
    String path;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        Settings s = Settings.load(conf, java.util.Map.of());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DocumentAnalyzer analyzer = new DocumentAnalyzer(Main.gazetteer(s), Lexicons.stopWords(), s.keywordLimit());
        HanlpScriptConverter converter = new HanlpScriptConverter();
        if (lines) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(open(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String text = converter.toSimplified(line.strip());
                    ObjectNode o = json.createObjectNode();
                    o.put("text", text);
                    addAnalysis(o, analyzer.analyze(text, null));
                    out.println(json.writeValueAsString(o));
                }
            }
            return Main.OK;
        }
        PageCleaner cleaner = new PageCleaner(s.clean(), converter);
        String uri =
                "-".equals(path) ? "stdin.txt" : Path.of(path).toAbsolutePath().toString();
        Iterator<RawRecord> records = RecordReaders.read(uri, open(), s.ingest());
        int n = 0;
        StringBuilder all = new StringBuilder();
        while (records.hasNext()) {
            RawRecord rec = records.next();
            ObjectNode o = inspect(rec, cleaner, analyzer);
            all.append(n == 0 ? "" : "\n").append(json.writeValueAsString(o));
            n++;
            if (n == 1 && !records.hasNext()) {
                out.println(
                        json.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
                return Main.OK;
            }
        }
        out.println(all);
        return Main.OK;
    }

    private InputStream open() throws java.io.IOException {
        if ("-".equals(path)) {
            return System.in;
        }
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            throw new UserError("no such file: " + path);
        }
        return Files.newInputStream(p);
    }

    private ObjectNode inspect(RawRecord rec, PageCleaner cleaner, DocumentAnalyzer analyzer) {
        ObjectNode o = json.createObjectNode();
        o.put("source_uri", rec.sourceUri());
        o.put("record_offset", rec.recordOffset());
        o.put("format", rec.format());
        o.put("charset", rec.charset());
        if (rec.isRejected()) {
            o.put("stage", Stage.INGEST.code());
            o.put("reject_reason", rec.rejectReason());
            o.put("reject_detail", rec.rejectDetail());
            return o;
        }
        String pageId =
                PageIds.pageId(rec.url() != null ? rec.url() : rec.sourceUri() + "#" + rec.recordOffset(), rec.raw());
        CleanOutcome c = cleaner.clean(new PageInput(
                pageId,
                rec.sourceUri(),
                rec.recordOffset(),
                rec.url(),
                rec.format(),
                rec.charset(),
                rec.raw(),
                rec.fetchedAt()));
        o.put("page_id", pageId);
        if (c.isRejected()) {
            o.put("stage", Stage.CLEAN.code());
            o.put("reject_reason", c.rejectReason());
            o.put("reject_detail", c.rejectDetail());
            return o;
        }
        CleanedPage p = c.page();
        o.put("doc_id", CleanJob.docId(pageId));
        o.put("title", p.title());
        o.put("url", p.url() != null ? p.url() : rec.url());
        o.put("site", p.site());
        o.put("published_at", p.publishedAt() == null ? null : p.publishedAt().toString());
        o.put(
                "published_date",
                p.publishedDate() == null ? null : p.publishedDate().toString());
        o.put("date_source", p.dateSource());
        o.put("source_name", p.sourceName());
        o.put("author", p.author());
        o.put("original_script", p.originalScript());
        ArrayNode flags = o.putArray("flags");
        p.flags().forEach(flags::add);
        o.put("char_count", p.text().length());
        o.put("content_hash", CleanJob.contentHash(p.text()));
        o.put("text", p.text());
        addAnalysis(o, analyzer.analyze(p.text(), p.publishedDate()));
        return o;
    }

    private void addAnalysis(ObjectNode o, Analysis a) {
        ArrayNode kw = o.putArray("keywords");
        a.keywords().forEach(kw::add);
        ArrayNode ms = o.putArray("region_mentions");
        for (RegionMention m : a.mentions()) {
            ObjectNode x = ms.addObject();
            x.put("sentence_index", m.sentenceIndex());
            x.put("start", m.start());
            x.put("end", m.end());
            x.put("surface", m.surface());
            x.put("region_code", m.regionCode());
            x.put("region_name", m.regionName());
            x.put("region_level", m.regionLevel().code());
            x.put("province_code", m.provinceCode());
            x.put("match_type", m.matchType().code());
            x.put("in_organization", m.inOrganization());
        }
        ArrayNode mt = o.putArray("metrics");
        for (MetricMention m : a.metrics()) {
            ObjectNode x = mt.addObject();
            x.put("sentence_index", m.sentenceIndex());
            x.put("start", m.start());
            x.put("end", m.end());
            x.put("surface", m.surface());
            x.put("value", m.value());
            x.put("unit", m.unit());
            x.put("measure_word", m.measureWord());
            x.put("qualifier", MetricMention.code(m.qualifier()));
            x.put("indicator", m.indicator());
            x.put("indicator_code", m.indicatorCode());
            x.put("change", MetricMention.code(m.change()));
            x.put("comparison", MetricMention.code(m.comparison()));
            if (m.referenceYear() != null) x.put("reference_year", m.referenceYear());
            x.put("is_target", m.isTarget());
            if (m.targetYear() != null) x.put("target_year", m.targetYear());
            x.put("scope", m.scope().code());
            x.put("region_code", m.regionCode());
            x.put("region_name", m.regionName());
            x.put("region_link", m.regionLink().code());
            x.put("link_reliable", m.linkReliable());
        }
    }
}
