package io.regionpulse.stages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PendingSinceTest {
    /** "r1:ingest:succeeded:0:5 r1:clean:succeeded:6:9" (times in seconds; a 6th field is the detail). */
    private static List<PendingSince.RunRow> rows(String spec) {
        List<PendingSince.RunRow> out = new ArrayList<>();
        for (String r : spec.strip().split("\\s+")) {
            if (r.isEmpty()) {
                continue;
            }
            String[] f = r.split(":", 6);
            out.add(new PendingSince.RunRow(
                    "run-" + f[0],
                    f[1],
                    f[2],
                    Instant.ofEpochSecond(Long.parseLong(f[3])),
                    Instant.ofEpochSecond(Long.parseLong(f[4])),
                    f.length > 5 ? f[5].replace('_', ' ') : null));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "any",
            value = {
                "a new warehouse | | any",
                "ingests, never a clean | 01:ingest:succeeded:0:5 | any",
                "a night after a clean night | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9 02:ingest:succeeded:100:105"
                        + " 02:clean:running:106:106 | run-02",
                // a clean alone, nothing open: the last closing clean's run
                "nothing open | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9 02:ingest:succeeded:100:105"
                        + " 02:clean:succeeded:106:109 03:clean:running:200:200 | run-02",
                // a failed ingest is closed by the next clean that started after it ended
                "a failed ingest, closed later | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9 03:ingest:failed:100:105"
                        + " 04:ingest:succeeded:200:205 04:clean:succeeded:206:209 05:ingest:succeeded:300:305"
                        + " 05:clean:running:306:306 | run-05",
                // a failed clean leaves its ingest open until the next clean that succeeds, even one of a
                // run whose ingest had nothing to do (and wrote nothing)
                "a failed clean, taken up by the next night | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9 02:ingest:succeeded:100:105"
                        + " 02:clean:failed:106:107 03:ingest:nothing_to_do:200:201 03:clean:succeeded:202:209"
                        + " 04:ingest:succeeded:300:305 04:clean:running:306:306 | run-04",
                // reprocess re-cleans chosen documents only: it closes no ingest
                "a reprocess after a failed clean | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9"
                        + " 02:ingest:succeeded:100:105 02:clean:succeeded:106:109 03:ingest:succeeded:200:205"
                        + " 03:clean:failed:206:207 04:clean:succeeded:300:309:reprocess:_3_documents"
                        + " 05:ingest:succeeded:400:405 05:clean:running:406:406 | run-03",
                // an ingest still running while a later run's clean succeeded; an earlier run's clean that
                // crashed after the open ingest started may have cleaned some of its pages
                "overlapping runs | 01:ingest:succeeded:0:5 01:clean:succeeded:6:9 05:ingest:succeeded:100:120"
                        + " 06:clean:succeeded:110:115 04:clean:failed:90:125 | run-04"
            })
    void theSmallestRunWhosePagesMayBePending(String name, String spec, String since) {
        assertThat(PendingSince.since(rows(spec == null ? "" : spec))).isEqualTo(since);
    }
}
