package io.regionpulse.stages;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import io.regionpulse.codes.Stage;
import io.regionpulse.tables.Documents;
import io.regionpulse.tables.Pages;
import io.regionpulse.warehouse.Lexicons;
import io.regionpulse.warehouse.RuleVersions;
import io.regionpulse.warehouse.RunContext;
import io.regionpulse.warehouse.StageResult;
import io.regionpulse.warehouse.Warehouse;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * reprocess: re-derives chosen documents from the layer below with the current rules — clean
 * from {@code pages}, extract from {@code documents.text} — then dedups the documents whose text
 * changed and refreshes the gold tables of the periods whose documents changed (aggregate's own
 * fingerprints find them). Every step is a stage with its {@code runs} row; documents are marked
 * with the new version last, so a killed run leaves them outdated and {@code --only-outdated}
 * resumes where it stopped.
 */
public final class Reprocess {
    /** What to reprocess: stages among clean/extract, an inclusive date range (either end open). */
    public record Request(
            List<Stage> stages, LocalDate from, LocalDate to, boolean byIngestDate, boolean onlyOutdated) {}

    static final List<String> VERSION_COLUMNS = List.of("clean_version", "extract_version", "gazetteer_version");

    private Reprocess() {}

    /** The documents the request selects for {@code stage} under the current rules. */
    public static Dataset<Row> select(Warehouse w, Request r, RuleVersions v, Stage stage, Dataset<Row> docs) {
        Dataset<Row> d = withVersions(docs);
        if (r.byIngestDate()) {
            Dataset<Row> pages = w.read(Pages.DEF).select("page_id", "ingest_date");
            d = d.join(pages.filter(within(col("ingest_date"), r)).select("page_id"), "page_id", "left_semi");
        } else {
            d = d.filter(within(col("published_date"), r));
        }
        return r.onlyOutdated() ? d.filter(outdated(stage, v)) : d;
    }

    /** True for documents whose version of the stage's rules differs from {@code v} (null counts as differing). */
    static Column outdated(Stage stage, RuleVersions v) {
        return switch (stage) {
            case CLEAN -> differs("clean_version", v.clean());
            case EXTRACT -> differs("extract_version", v.extract()).or(differs("gazetteer_version", v.gazetteer()));
            default -> throw new IllegalArgumentException("reprocess has no stage " + stage.code());
        };
    }

    private static Column differs(String column, String current) {
        return not(col(column).eqNullSafe(lit(current)));
    }

    private static Column within(Column date, Request r) {
        Column c = lit(true);
        if (r.from() != null) {
            c = c.and(date.geq(lit(java.sql.Date.valueOf(r.from()))));
        }
        if (r.to() != null) {
            c = c.and(date.leq(lit(java.sql.Date.valueOf(r.to()))));
        }
        return r.from() == null && r.to() == null ? c : c.and(date.isNotNull());
    }

    /** An older warehouse (no version columns yet) reads as all versions null: a dry run changes nothing. */
    static Dataset<Row> withVersions(Dataset<Row> docs) {
        Set<String> have = Set.of(docs.columns());
        for (String c : VERSION_COLUMNS) {
            if (!have.contains(c)) {
                docs = docs.withColumn(c, lit(null).cast("string"));
            }
        }
        return docs;
    }

    /** Documents each chosen stage would reprocess (the dry run): one line per stage. */
    public static List<String> dryRun(RunContext ctx, Request r) {
        Warehouse w = ctx.warehouse();
        RuleVersions v = ctx.rules();
        List<String> out = new ArrayList<>();
        Request all = new Request(r.stages(), r.from(), r.to(), r.byIngestDate(), false);
        for (Stage st : r.stages()) {
            Dataset<Row> docs = w.read(Documents.DEF);
            long inRange = select(w, all, v, st, docs).count();
            long outdated = select(w, new Request(r.stages(), r.from(), r.to(), r.byIngestDate(), true), v, st, docs)
                    .count();
            long chosen = r.onlyOutdated() ? outdated : inRange;
            out.add(String.format(
                    "%-9s would reprocess %,d documents (%,d in range, %,d outdated; current %s)",
                    st.code(),
                    chosen,
                    inRange,
                    outdated,
                    st == Stage.CLEAN
                            ? "clean=" + v.clean()
                            : "extract=" + v.extract() + " gazetteer=" + v.gazetteer()));
        }
        return out;
    }

    /** Runs the request: clean, dedup, extract, aggregate as needed, each with its runs row. */
    public static List<StageResult> run(RunContext ctx, Request r, PrintStream out) {
        Warehouse w = ctx.warehouse();
        List<String> codes = new ArrayList<>(List.of(Stage.DEDUP.code(), Stage.AGGREGATE.code()));
        r.stages().forEach(s -> codes.add(s.code()));
        Pipeline.prepare(ctx, codes, out);
        RuleVersions v = ctx.rules();
        Set<String> stopWords = Lexicons.stopWords();
        List<StageResult> results = new ArrayList<>();
        boolean clean = r.stages().contains(Stage.CLEAN);
        if (clean) {
            UnaryOperator<Dataset<Row>> sel = d -> select(w, r, v, Stage.CLEAN, d);
            results.add(Pipeline.runStage(ctx, Stage.CLEAN, () -> CleanJob.reclean(ctx, sel), out));
            // documents whose text changed lost their story_id: dedup takes them up like new ones
            results.add(Pipeline.runStage(ctx, Stage.DEDUP, () -> DedupJob.run(ctx), out));
        }
        UnaryOperator<Dataset<Row>> extract = r.stages().contains(Stage.EXTRACT)
                ? d -> select(w, r, v, Stage.EXTRACT, d)
                // clean alone: extract only what re-cleaning changed (keywords reset to null)
                : d -> select(w, r, v, Stage.EXTRACT, d).filter(col("keywords").isNull());
        if (clean || r.stages().contains(Stage.EXTRACT)) {
            Progress p = Progress.printing(out);
            results.add(
                    Pipeline.runStage(ctx, Stage.EXTRACT, () -> note(ExtractJob.run(ctx, stopWords, extract, p)), out));
        }
        results.add(Pipeline.runStage(ctx, Stage.AGGREGATE, () -> AggregateJob.run(ctx), out));
        return results;
    }

    private static StageResult note(StageResult r) {
        return new StageResult(
                r.stage(),
                r.status(),
                r.input(),
                r.output(),
                r.rejected(),
                r.duplicates(),
                "reprocess: " + (r.detail() == null ? "nothing outdated" : r.detail()));
    }
}
