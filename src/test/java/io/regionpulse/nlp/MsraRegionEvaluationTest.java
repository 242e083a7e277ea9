package io.regionpulse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.NameTrie;
import io.regionpulse.regions.Region;
import io.regionpulse.regions.RegionMatcher;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.regions.Surface;
import io.regionpulse.text.Sentences;
import io.regionpulse.text.Token;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Region recall and precision on the MSRA NER test split (SIGHAN 2006, People's Daily newswire,
 * LOC/ORG/PER spans tagged by people), read from {@code ../shared/dev/ner-msra-test/} at test time.
 *
 * <p>Positives: LOC spans whose whole text is a name, short name or alias of a Chinese province
 * or prefecture-level division in our gazetteer (北京, 四川省, 襄樊). A positive is found when a
 * province/city mention with that region's code overlaps it. Precision: a province/city mention
 * that overlaps no LOC or ORG span is a false hit. Three systems on the same sentences: ours
 * (segmentation with the gazetteer as instance dictionary + {@link RegionMatcher}), plain
 * leftmost-longest match of all gazetteer names, and HanLP's own {@code ns} tags (place
 * recognition on) looked up in the gazetteer.
 *
 * <p>Reproduce: {@code mvn -q -o -Drp.buildDir=target-x test -Dtest=MsraRegionEvaluationTest}
 */
class MsraRegionEvaluationTest {
    private static Gazetteer gazetteer;
    private static List<Sent> sentences;
    private static Map<String, String> divisionNames;

    record Span(int start, int end, String type) {}

    record Sent(String text, List<Span> spans) {}

    record Scores(String system, int positives, int found, int mentions, int falseHits) {
        double recall() {
            return found / (double) positives;
        }

        double precision() {
            return mentions == 0 ? 0 : (mentions - falseHits) / (double) mentions;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row() {
            return String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.4f | %d | %d | %.4f | %.4f |",
                    system,
                    positives,
                    found,
                    recall(),
                    mentions,
                    falseHits,
                    precision(),
                    f1());
        }
    }

    @BeforeAll
    static void load() throws IOException {
        Path file =
                Path.of(System.getProperty("rp.shared.dir", "../shared"), "dev", "ner-msra-test", "msra_test_bio.txt");
        Assumptions.assumeTrue(Files.isRegularFile(file), "MSRA test split not available: " + file);
        gazetteer = Gazetteer.fromClasspath();
        sentences = read(file);
        divisionNames = new HashMap<>();
        for (Surface s : gazetteer.surfaces()) {
            if (s.kind() == Surface.Kind.NAME && isDivision(s.code())) {
                divisionNames.putIfAbsent(s.text(), s.code());
            }
        }
    }

    static List<Sent> read(Path file) throws IOException {
        List<Sent> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int spanStart = -1;
        String spanType = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (spanType != null) {
                    spans.add(new Span(spanStart, text.length(), spanType));
                    spanType = null;
                }
                if (text.length() > 0) {
                    out.add(new Sent(text.toString(), List.copyOf(spans)));
                }
                text.setLength(0);
                spans.clear();
                continue;
            }
            String[] cols = line.split("\t");
            String tag = cols.length > 1 ? cols[1].strip() : "O";
            if (spanType != null && !tag.equals("I-" + spanType)) {
                spans.add(new Span(spanStart, text.length(), spanType));
                spanType = null;
            }
            if (tag.startsWith("B-")) {
                spanStart = text.length();
                spanType = tag.substring(2);
            }
            text.append(cols[0]);
        }
        if (text.length() > 0) {
            if (spanType != null) {
                spans.add(new Span(spanStart, text.length(), spanType));
            }
            out.add(new Sent(text.toString(), List.copyOf(spans)));
        }
        return out;
    }

    static boolean isDivision(String code) {
        Region r = gazetteer.get(code);
        return r != null && (r.level().equals("province") || r.level().equals("city"));
    }

    /** A found mention: span and resolved code. */
    record Hit(int start, int end, String code) {}

    static Scores score(String system, Function<String, List<Hit>> extractor) {
        int positives = 0;
        int found = 0;
        int mentions = 0;
        int falseHits = 0;
        for (Sent s : sentences) {
            List<Hit> hits = extractor.apply(s.text());
            for (Span sp : s.spans()) {
                if (!sp.type().equals("LOC")) {
                    continue;
                }
                String code = divisionNames.get(s.text().substring(sp.start(), sp.end()));
                if (code == null) {
                    continue;
                }
                positives++;
                for (Hit h : hits) {
                    if (h.code().equals(code) && h.start() < sp.end() && sp.start() < h.end()) {
                        found++;
                        break;
                    }
                }
            }
            for (Hit h : hits) {
                if (!isDivision(h.code())) {
                    continue;
                }
                mentions++;
                boolean inside = false;
                for (Span sp : s.spans()) {
                    if (!sp.type().equals("PER") && h.start() < sp.end() && sp.start() < h.end()) {
                        inside = true;
                        break;
                    }
                }
                if (!inside) {
                    falseHits++;
                }
            }
        }
        return new Scores(system, positives, found, mentions, falseHits);
    }

    static List<Hit> ours(Segmenter segmenter, RegionMatcher matcher, String text) {
        List<Token> tokens = segmenter.segment(text);
        List<Hit> out = new ArrayList<>();
        for (RegionMention m : matcher.find(text, tokens, Sentences.split(text))) {
            out.add(new Hit(m.start(), m.end(), m.regionCode()));
        }
        return out;
    }

    /** Baseline 1: leftmost-longest match of every gazetteer name, no rules. */
    static List<Hit> longestMatch(NameTrie names, String text) {
        List<Hit> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int len = names.longestAt(text, p);
            if (len == 0) {
                p++;
                continue;
            }
            String code = divisionNames.get(text.substring(p, p + len));
            if (code != null) {
                out.add(new Hit(p, p + len, code));
            }
            p += len;
        }
        return out;
    }

    /** Baseline 2: HanLP's place-name tags, looked up in the gazetteer. */
    static List<Hit> hanlpNs(Segment segment, String text) {
        List<Hit> out = new ArrayList<>();
        for (Term t : segment.seg(text)) {
            if (t.nature != null && t.nature.toString().startsWith("ns")) {
                String code = divisionNames.get(t.word);
                if (code != null) {
                    out.add(new Hit(t.offset, t.offset + t.word.length(), code));
                }
            }
        }
        return out;
    }

    @Test
    void matcherBeatsBothBaselinesOnMsraNewswire() {
        Segmenter segmenter = new Segmenter(gazetteer);
        RegionMatcher matcher = new RegionMatcher(gazetteer);
        List<Surface> divisionSurfaces = new ArrayList<>();
        for (Surface s : gazetteer.surfaces()) {
            if (s.kind() == Surface.Kind.NAME && isDivision(s.code())) {
                divisionSurfaces.add(s);
            }
        }
        NameTrie names = NameTrie.build(divisionSurfaces);
        Segment hanlp = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(true);

        Scores ourScores = score("RegionMatcher (ours)", t -> ours(segmenter, matcher, t));
        Scores longest = score("longest match of gazetteer names", t -> longestMatch(names, t));
        Scores ns = score("HanLP ns tags in gazetteer", t -> hanlpNs(hanlp, t));

        System.out.println("| system | positives | found | recall | mentions | false hits | precision | F1 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.println(ourScores.row());
        System.out.println(longest.row());
        System.out.println(ns.row());
        if (Boolean.getBoolean("rp.msra.verbose")) {
            printErrors(segmenter, matcher);
            for (Sent s : sentences) {
                for (Hit h : longestMatch(names, s.text())) {
                    boolean inside = s.spans().stream()
                            .anyMatch(sp -> !sp.type().equals("PER") && h.start() < sp.end() && sp.start() < h.end());
                    if (!inside) {
                        System.out.println("BASELINE-FALSE "
                                + s.text()
                                        .substring(
                                                Math.max(0, h.start() - 4),
                                                Math.min(s.text().length(), h.end() + 4)));
                    }
                }
            }
        }

        assertThat(ourScores.positives()).isGreaterThan(500);
        assertThat(ourScores.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(ourScores.f1()).isGreaterThan(longest.f1()).isGreaterThan(ns.f1());
    }

    private static void printErrors(Segmenter segmenter, RegionMatcher matcher) {
        for (Sent s : sentences) {
            List<Hit> hits = ours(segmenter, matcher, s.text());
            for (Span sp : s.spans()) {
                String code =
                        sp.type().equals("LOC") ? divisionNames.get(s.text().substring(sp.start(), sp.end())) : null;
                if (code == null) {
                    continue;
                }
                boolean ok = hits.stream()
                        .anyMatch(h -> h.code().equals(code) && h.start() < sp.end() && sp.start() < h.end());
                if (!ok) {
                    System.out.println("MISS " + s.text().substring(sp.start(), sp.end()) + " @ " + s.text());
                }
            }
            for (Hit h : hits) {
                boolean inside = s.spans().stream()
                        .anyMatch(sp -> !sp.type().equals("PER") && h.start() < sp.end() && sp.start() < h.end());
                if (!inside && isDivision(h.code())) {
                    System.out.println(
                            "FALSE " + s.text().substring(h.start(), h.end()) + " -> " + h.code() + " @ " + s.text());
                }
            }
        }
    }
}
