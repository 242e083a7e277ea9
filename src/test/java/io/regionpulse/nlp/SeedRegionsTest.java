package io.regionpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.analysis.Analysis;
import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.Lexicon;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.CleanOutcome;
import io.regionpulse.text.CleanerSettings;
import io.regionpulse.text.PageCleaner;
import io.regionpulse.text.PageInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The acceptance pages of {@code ../shared/corpus/seeds/} (read at test time, never copied):
 * each page goes through the real cleaner and the document analyser, and every region of its
 * {@code regions_present} must be found (by code or canonical name), none of {@code
 * regions_absent}. Absent regions come from navigation and related-article lists, so that half
 * also depends on the cleaner removing them.
 */
class SeedRegionsTest {
    private static final Path SEEDS = Path.of(System.getProperty("rp.shared.dir", "../shared"), "corpus", "seeds");
    private static DocumentAnalyzer analyzer;
    private static PageCleaner cleaner;

    static Stream<Arguments> seeds() throws IOException {
        Path expected = SEEDS.resolve("expected.json");
        Assumptions.assumeTrue(Files.isRegularFile(expected), "seed pages not available: " + SEEDS);
        Map<String, Object> root = new Yaml().load(Files.readString(expected, StandardCharsets.UTF_8));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> docs = (Map<String, Map<String, Object>>) root.get("documents");
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> e : docs.entrySet()) {
            out.add(Arguments.of(
                    e.getKey(),
                    e.getValue().get("regions_present"),
                    e.getValue().get("regions_absent")));
        }
        return out.stream();
    }

    private static Set<String> found(String file) throws IOException {
        if (analyzer == null) {
            analyzer = new DocumentAnalyzer(Gazetteer.fromClasspath(), Lexicon.stopWords(), 20);
            cleaner = new PageCleaner(CleanerSettings.defaults(), new HanlpScriptConverter());
        }
        byte[] raw = Files.readAllBytes(SEEDS.resolve(file));
        String format = file.substring(file.lastIndexOf('.') + 1);
        CleanOutcome out = cleaner.clean(new PageInput(
                file,
                SEEDS.resolve(file).toString(),
                0,
                null,
                format,
                "UTF-8",
                raw,
                Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(out.isRejected())
                .as("cleaner rejected %s: %s", file, out.rejectReason())
                .isFalse();
        Analysis a = analyzer.analyze(out.page().text(), out.page().publishedDate());
        Set<String> found = new HashSet<>();
        for (RegionMention m : a.mentions()) {
            found.add(m.regionCode());
            found.add(m.regionName());
        }
        return found;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsEveryRegionPresentInTheSeedPage(String file, List<String> present, List<String> absent)
            throws IOException {
        assertThat(found(file)).containsAll(present);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void findsNoRegionThatOnlyBoilerplateMentions(String file, List<String> present, List<String> absent)
            throws IOException {
        Set<String> wrong = new HashSet<>(found(file));
        wrong.retainAll(absent);
        assertThat(wrong).isEmpty();
    }
}
