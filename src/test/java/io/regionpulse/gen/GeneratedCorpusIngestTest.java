package io.regionpulse.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator's truth and the ingest readers agree: every salted broken input is rejected
 * with the reason the truth names (or one it allows), and every good record is read.
 */
class GeneratedCorpusIngestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT = 200_000;

    @TempDir
    static Path dir;

    static List<JsonNode> truth = new ArrayList<>();
    static Map<String, List<RawRecord>> read = new LinkedHashMap<>();

    @BeforeAll
    static void generateAndRead() throws IOException {
        assertThat(CorpusGenerator.run(
                        "--docs",
                        "240",
                        "--out",
                        dir.toString(),
                        "--seed",
                        "5",
                        "--bad-ratio",
                        "0.1",
                        "--oversize-bytes",
                        "" + (LIMIT + 50_000)))
                .isZero();
        for (String l : Files.readAllLines(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8))
            truth.add(JSON.readTree(l));
        for (JsonNode t : truth) {
            String file = t.get("file").asText();
            if (read.containsKey(file)) continue;
            List<RawRecord> records = new ArrayList<>();
            try (InputStream in = Files.newInputStream(dir.resolve(file))) {
                Iterator<RawRecord> it =
                        RecordReaders.read(dir.resolve(file).toString(), in, new IngestSettings(LIMIT));
                it.forEachRemaining(records::add);
            }
            read.put(file, records);
        }
    }

    @Test
    void everyBrokenInputIsRejectedWithTheExpectedReason() {
        Map<String, Integer> checked = new HashMap<>();
        for (JsonNode t : truth) {
            if (!t.has("bad") || t.get("reject").isNull()) continue;
            List<String> allowed = new ArrayList<>();
            allowed.add(t.get("reject").get("reason").asText());
            t.get("reject").get("also_ok").forEach(a -> allowed.add(a.asText()));
            List<RawRecord> records = read.get(t.get("file").asText());
            List<String> reasons = records.stream()
                    .filter(RawRecord::isRejected)
                    .map(RawRecord::rejectReason)
                    .toList();
            assertThat(reasons).as("%s %s", t.get("bad"), t.get("file")).isNotEmpty();
            assertThat(reasons).as("%s %s", t.get("bad"), t.get("file")).anyMatch(allowed::contains);
            checked.merge(t.get("bad").asText(), 1, Integer::sum);
        }
        assertThat(checked.keySet())
                .containsExactlyInAnyOrder(
                        "broken_json_line",
                        "empty_file",
                        "binary_file",
                        "invalid_utf8",
                        "truncated_gz",
                        "truncated_warc",
                        "oversize");
    }

    @Test
    void everyGoodRecordIsReadWithoutReject() {
        int good = 0;
        for (JsonNode t : truth) {
            if (!t.get("reject").isNull()) continue;
            List<RawRecord> records = read.get(t.get("file").asText());
            int record = t.get("record").asInt();
            RawRecord r;
            if (t.get("format").asText().equals("jsonl")) { // JSON lines are addressed by line number
                r = records.stream()
                        .filter(x -> x.recordOffset() == record)
                        .findFirst()
                        .orElseThrow();
            } else {
                assertThat(records.size()).as("records of %s", t.get("file")).isGreaterThan(record);
                r = records.get(record);
            }
            assertThat(r.rejectReason())
                    .as("doc %s in %s", t.get("doc"), t.get("file"))
                    .isNull();
            if (!t.has("in_truncated_file")) {
                assertThat(r.recordOffset())
                        .as("offset of doc %s", t.get("doc"))
                        .isEqualTo(t.get("record_offset").asLong());
            }
            if (t.get("charset").asText().equals("GBK")) {
                assertThat(r.charset()).as("%s", t.get("file")).containsIgnoringCase("GB");
            }
            good++;
        }
        assertThat(good).isGreaterThan(200);
    }
}
