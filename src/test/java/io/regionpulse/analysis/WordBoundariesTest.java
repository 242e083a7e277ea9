package io.regionpulse.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordBoundariesTest {
    /** "a/bc/d" → tokens with offsets. */
    private static List<Token> tokens(String slashed) {
        List<Token> out = new ArrayList<>();
        int pos = 0;
        for (String w : slashed.split("/")) {
            out.add(new Token(w, "n", pos));
            pos += w.length();
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // plain segmentation | string | offset (documentation) | fragment?
                "江西/中/北部/降雪      | 中北     | 2 | true", // the plain word 北部 crosses its end
                "能力/可/达/千亿        | 可达     | 2 | true", // cut into single characters only
                "建设/特/高压/输电      | 特高压   | 2 | false", // a prefix and a word
                "发展/新/能源/汽车      | 新能源   | 2 | false",
                "发展/新/能源/汽车      | 能源     | 3 | false", // the plain word itself
                "推进/科技/创新/工作    | 科技创新 | 2 | false", // two plain words
                "推进/科技/创新/工作    | 技创     | 3 | true" // starts inside 科技
            })
    void tellsFragmentsFromWords(String plain, String word, int start, boolean fragment) {
        String text = plain.strip().replace("/", "");
        WordBoundaries b = new WordBoundaries(text, tokens(plain.strip()));

        assertThat(b.fragment(word.strip())).isEqualTo(fragment);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a string is a fragment when fewer than half of its occurrences are words
                "江西/中/北部/、/湖南/中/北部/、/安徽/中北/部 | 中北 | true",
                "安徽/中北/部/、/中北/大学                     | 中北 | false",
                "科技/创新/、/科技/创新                        | 科技 | false",
                "特/高压/输电/、/特/高压线/路                  | 特高压 | false"
            })
    void judgesAStringByAllItsOccurrences(String plain, String word, boolean fragment) {
        String text = plain.strip().replace("/", "");

        assertThat(new WordBoundaries(text, tokens(plain.strip())).fragment(word.strip()))
                .isEqualTo(fragment);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // plain segmentation | string | clauses segmented (in order) | fragment?
                "安徽/中北/部/\\n/江西/中/北部/，/湖南/中/北部/。           | 中北 | 安徽中北部\\n;\\n江西中北部，;，湖南中北部。 | true",
                // decided after two of three occurrences: the third clause is not segmented
                "科技/创新/，/科技/创新/，/科技/创新                         | 科技 | 科技创新，;，科技创新， | false",
                "科技/创新/，/发展/新/能源/汽车/。/推进/科技/创新            | 新能源 | ，发展新能源汽车。 | false",
                "推进/科技/创新/工作/；/技/创/新                            | 技创 | 推进科技创新工作；;；技创新 | true",
                "可/达/千亿                                                 | 可达 | 可达千亿 | true"
            })
    void lazilySegmentsOnlyTheClausesOfTheOccurrences(String plain, String word, String clauses, boolean fragment) {
        String slashed = plain.strip().replace("\\n", "\n");
        String text = slashed.replace("/", "");
        List<Token> all = tokens(slashed);
        List<String> asked = new ArrayList<>();
        WordBoundaries lazy = WordBoundaries.lazy(text, piece -> {
            asked.add(piece);
            int at = text.indexOf(piece);
            List<Token> out = new ArrayList<>();
            for (Token t : all) {
                if (t.start() >= at && t.end() <= at + piece.length()) {
                    out.add(new Token(t.word(), t.pos(), t.start() - at));
                }
            }
            return out;
        });

        assertThat(lazy.fragment(word.strip())).isEqualTo(fragment);
        assertThat(lazy.fragment(word.strip())).isEqualTo(new WordBoundaries(text, all).fragment(word.strip()));
        assertThat(String.join(";", asked)).isEqualTo(clauses.strip().replace("\\n", "\n"));
    }

    @ParameterizedTest
    @CsvSource({"中北", "可达"})
    void withoutAPlainSegmentationNothingIsAFragment(String word) {
        assertThat(WordBoundaries.none().fragment(word)).isFalse();
    }
}
