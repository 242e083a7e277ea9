package io.regionpulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.ingest.IngestSettings;
import io.regionpulse.ingest.RawRecord;
import io.regionpulse.ingest.RecordReaders;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The five real seed pages ({@code ../shared/corpus/seeds}, read at test time) are five stories:
 * 000 and 001 cover the same policy news and share passages, but are not the same text.
 */
class SeedStoriesTest {
    @Test
    void theFiveSeedsAreFiveStories() throws IOException {
        Path dir = Path.of(System.getProperty("rp.shared.dir", "../shared")).resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared seeds not available");
        PageCleaner cleaner = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
        Map<String, String> texts = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                Iterator<RawRecord> it = RecordReaders.read(f.toString(), in, IngestSettings.defaults());
                RawRecord r = it.next();
                CleanOutcome o = cleaner.clean(new PageInput(
                        "p", f.toString(), r.recordOffset(), r.url(), r.format(), r.charset(), r.raw(), r.fetchedAt()));
                assertThat(o.isRejected()).as(f.toString()).isFalse();
                texts.put(f.getFileName().toString().substring(0, 3), o.page().text());
            }
        }
        assertThat(texts).hasSize(5);

        Map<String, String> clusters = new LocalClusterer(DedupSettings.defaults()).cluster(texts);

        assertThat(new HashSet<>(clusters.values())).hasSize(5);
        MinHasher hasher = new MinHasher(DedupSettings.defaults());
        MinHasher.Signature a = hasher.signatureOf(texts.get("000"));
        MinHasher.Signature b = hasher.signatureOf(texts.get("001"));
        assertThat(hasher.verify(a.values(), a.shingles(), b.values(), b.shingles())
                        .duplicate())
                .isFalse();
    }
}
