package io.regionpulse.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.nlp.HanlpScriptConverter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * 36 hand-labelled Chinese pages of kinds the shared sets lack (forum threads, government notices
 * in layout tables, blogs, reposts, portals whose link feed outweighs the article), written for
 * the project by {@code src/test/resources/extract-zh/make_pages.py}: 01-16 for tuning, 17-36
 * held out; and a few pages written by hand outside the generator ({@code hand/}, split
 * {@code hand}, never tuned on). Body F1 is the character-bigram shingle score ({@link ShingleScore}); a date is right
 * when the business date equals the label, and a page without a labelled date must not get one
 * from the page (only the fetch time). Writes {@code <build dir>/chinese-pages-report.txt}.
 */
class ChinesePagesTest {
    private static final PageCleaner CLEANER = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
    static final Path DIR = Path.of("src/test/resources/extract-zh");
    static final Instant FETCHED = Instant.parse("2025-06-01T04:00:00Z");

    record Result(
            String id,
            String split,
            String kind,
            ShingleScore.Page score,
            boolean dateRight,
            boolean hasDate,
            String got) {
        double f1() {
            return score.f1();
        }
    }

    static List<Result> run() throws IOException {
        List<Result> out = new ArrayList<>();
        run(DIR.resolve("labels.tsv"), DIR.resolve("pages"), out);
        run(DIR.resolve("hand/labels.tsv"), DIR.resolve("hand"), out);
        return out;
    }

    private static void run(Path labels, Path pages, List<Result> out) throws IOException {
        List<String> rows = Files.readAllLines(labels, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split("\t", -1);
            byte[] raw = Files.readAllBytes(pages.resolve(f[0] + ".html"));
            String gold = Files.readString(pages.resolve(f[0] + ".txt"), StandardCharsets.UTF_8);
            CleanOutcome o = CLEANER.clean(new PageInput(
                    f[0], f[0], 0, "http://example.cn/p/" + f[0] + ".html", "html", "UTF-8", raw, FETCHED));
            String text = o.isRejected() ? "" : o.page().text();
            ShingleScore.Page p = ShingleScore.match(ShingleScore.charBigrams(gold), ShingleScore.charBigrams(text));
            String got = o.isRejected() || o.page().publishedDate() == null
                    ? ""
                    : o.page().publishedDate() + "/" + o.page().dateSource();
            boolean hasDate = !f[3].isEmpty();
            boolean right = hasDate
                    ? got.startsWith(f[3] + "/")
                    : o.isRejected() || "fetched".equals(o.page().dateSource());
            out.add(new Result(f[0], f[1], f[2], p, right, hasDate, got));
        }
    }

    static ShingleScore.Total f1(List<Result> rs, String split) {
        return ShingleScore.total(rs.stream()
                .filter(r -> r.split().equals(split))
                .map(Result::score)
                .toList());
    }

    @Test
    void bodyAndDateOnTuneAndHeldOutPages() throws IOException {
        List<Result> rs = run();
        StringBuilder report = new StringBuilder();
        for (String split : List.of("tune", "heldout", "hand")) {
            ShingleScore.Total t = f1(rs, split);
            long withDate = rs.stream()
                    .filter(r -> r.split().equals(split) && r.hasDate())
                    .count();
            long right = rs.stream()
                    .filter(r -> r.split().equals(split) && r.hasDate() && r.dateRight())
                    .count();
            long undatedRight = rs.stream()
                    .filter(r -> r.split().equals(split) && !r.hasDate() && r.dateRight())
                    .count();
            long undated = rs.stream()
                    .filter(r -> r.split().equals(split) && !r.hasDate())
                    .count();
            report.append(String.format(
                    Locale.ROOT,
                    "%s: pages=%d precision=%.3f recall=%.3f F1=%.3f dates right %d/%d, undated left undated %d/%d%n",
                    split,
                    t.pages(),
                    t.precision(),
                    t.recall(),
                    t.f1(),
                    right,
                    withDate,
                    undatedRight,
                    undated));
        }
        for (Result r : rs) {
            report.append(String.format(
                    Locale.ROOT,
                    "%s\t%s\t%s\tF1=%.3f\tdate %s\t%s%n",
                    r.id(),
                    r.split(),
                    r.kind(),
                    r.f1(),
                    r.dateRight() ? "right" : "WRONG",
                    r.got()));
        }
        Path out = Path.of(System.getProperty("rp.buildDir", "target"));
        Files.createDirectories(out);
        Files.writeString(out.resolve("chinese-pages-report.txt"), report, StandardCharsets.UTF_8);
        System.out.print(report);
        ShingleScore.Total held = f1(rs, "heldout");
        assertThat(held.pages()).isEqualTo(20);
        assertThat(held.f1()).as("held-out F1").isGreaterThanOrEqualTo(0.93);
        long dated = rs.stream()
                .filter(r -> r.split().equals("heldout") && r.hasDate())
                .count();
        long right = rs.stream()
                .filter(r -> r.split().equals("heldout") && r.hasDate() && r.dateRight())
                .count();
        assertThat(right * 100).as("held-out dates right").isGreaterThanOrEqualTo(dated * 95);
    }
}
