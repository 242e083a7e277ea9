package io.regionpulse.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.testing.SparkTestSession;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated crawl day salted with every kind of broken input (empty, binary, invalid UTF-8,
 * undeclared GBK, truncated .gz and WARC, broken JSON lines, oversize) goes through
 * {@code nightly} in a separate JVM: the run finishes, each broken input is in {@code rejects}
 * with the reason the generator's truth expects, and the counts in {@code runs} add up. Slow: one
 * full pipeline run in a child JVM (2-3 min on an idle 2-core machine, 27 min under load 40).
 */
@Tag("slow")
class BadInputTest {
    static SaltedCrawl crawl;

    @BeforeAll
    static void run() throws Exception {
        crawl = SaltedCrawl.get();
    }

    static Dataset<Row> table(String name) {
        return SparkTestSession.get()
                .read()
                .format("delta")
                .load(crawl.reference.resolve(name).toString());
    }

    @Test
    void nightlyFinishesWithExitZeroAndOneSummaryLine() {
        assertThat(crawl.nightly.exit())
                .as(Jvm.tail(crawl.nightly.stderr(), 40))
                .isZero();
        assertThat(crawl.nightly.stdoutLines())
                .singleElement()
                .asString()
                .startsWith("nightly " + SaltedCrawl.DAY + ": ok:")
                .contains("new pages", "ingest rejects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "clean"})
    void runsCountsAddUpAndMatchTheTables(String stage) {
        assertThat(crawl.nightly.exit()).isZero();
        List<Row> runs = table("runs")
                .filter("stage = '" + stage + "' AND run_id = '" + crawl.referenceRunId() + "'")
                .collectAsList();
        assertThat(runs).hasSize(1);
        Row r = runs.get(0);
        long in = r.getAs("input_rows");
        long out = r.getAs("output_rows");
        long rejected = r.getAs("rejected_rows");
        long duplicates = r.getAs("duplicate_rows");
        assertThat(r.<String>getAs("status")).isEqualTo("succeeded");
        if (stage.equals("ingest")) {
            assertThat(rejected).as("the salted inputs are rejected").isPositive();
        }
        // rows actually written; a record whose page is already there (or read twice) is a duplicate
        assertThat(in).isEqualTo(out + rejected + duplicates);
        assertThat(table("rejects").filter("stage = '" + stage + "'").count()).isEqualTo(rejected);
        assertThat(table(stage.equals("ingest") ? "pages" : "documents").count())
                .isEqualTo(out);
    }

    @Test
    void everyRejectSaysWhatAndWhere() {
        assertThat(crawl.nightly.exit()).isZero();
        assertThat(table("rejects")
                        .filter("reason IS NULL OR trim(reason) = '' OR source_uri IS NULL OR stage IS NULL")
                        .count())
                .isZero();
    }

    @Test
    void everyCodedValueIsAMemberOfItsContractType() {
        assertThat(io.regionpulse.testing.ContractCodes.violations(
                        t -> Files.isDirectory(crawl.reference.resolve(t.name())) ? table(t.name()) : null))
                .isEmpty();
    }

    /** Each broken input of the truth file: its file and the reasons that are right for it. */
    static Stream<Arguments> brokenInputs() throws Exception {
        SaltedCrawl c = SaltedCrawl.get();
        ObjectMapper json = new ObjectMapper();
        List<Arguments> out = new ArrayList<>();
        for (String line : Files.readAllLines(c.truth)) {
            JsonNode t = json.readTree(line);
            JsonNode reject = t.path("reject");
            if (!t.hasNonNull("bad") || reject.isNull() || reject.isMissingNode()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(reject.path("reason").asText());
            reject.path("also_ok").forEach(n -> reasons.add(n.asText()));
            out.add(Arguments.of(t.path("bad").asText(), t.path("file").asText(), reasons));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("brokenInputs")
    void brokenInputIsRejectedWithItsReason(String kind, String file, List<String> reasons) {
        List<Row> found = table("rejects")
                .filter(org.apache.spark.sql.functions.col("source_uri").endsWith("/" + file))
                .select("stage", "reason", "detail")
                .collectAsList();
        assertThat(found).as("rejects of " + file + " (" + kind + ")").isNotEmpty();
        assertThat(found).as("reasons for " + file).anySatisfy(r -> assertThat(reasons)
                .contains(r.getString(1)));
    }
}
