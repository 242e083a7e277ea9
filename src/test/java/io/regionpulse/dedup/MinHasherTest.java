package io.regionpulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.regionpulse.dedup.eval.StoryTextsFixture;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MinHasherTest {
    private static final MinHasher HASHER = new MinHasher(DedupSettings.defaults());
    private static final String SHORT_VISIT_A =
            "本台消息：12日上午，国务院副总理在人民大会堂会见来访的南方某国外交部长一行。" + "双方就深化经贸合作、扩大人文交流等议题深入交换意见。外交部有关负责人参加会见。";
    private static final String SHORT_VISIT_B =
            "本台消息：19日下午，国务院副总理在人民大会堂会见来访的北欧某国贸易大臣一行。" + "双方就深化经贸合作、推进绿色发展等议题深入交换意见。商务部有关负责人参加会见。";

    @Test
    void identicalTextsHaveIdenticalSignaturesAndBandKeys() {
        String text = StoryTextsFixture.article(1, 6);
        MinHasher.Signature a = HASHER.signatureOf(text);
        MinHasher.Signature b = HASHER.signatureOf(text.replace("。", "。\n"));
        assertThat(a.values()).containsExactly(b.values());
        assertThat(HASHER.bandKeys(a.values())).containsExactly(HASHER.bandKeys(b.values()));
        assertThat(a.values()).hasSize(128);
    }

    @Test
    void signaturesDependOnTheSeedOnly() {
        String text = StoryTextsFixture.article(2, 5);
        assertThat(new MinHasher(DedupSettings.defaults()).signatureOf(text).values())
                .containsExactly(HASHER.signatureOf(text).values());
    }

    static Stream<Arguments> pairs() {
        List<String> p = StoryTextsFixture.paragraphs(3, 8);
        List<String> q = StoryTextsFixture.paragraphs(13, 8);
        String full = String.join("\n", p);
        return Stream.of(
                Arguments.of("same text", full, full),
                Arguments.of("first six of eight paragraphs", full, String.join("\n", p.subList(0, 6))),
                Arguments.of(
                        "one paragraph replaced",
                        full,
                        String.join("\n", q.subList(0, 1)) + String.join("\n", p.subList(1, 8))),
                Arguments.of(
                        "half and half", full, String.join("\n", p.subList(0, 4)) + String.join("\n", q.subList(4, 8))),
                Arguments.of("different articles", full, String.join("\n", q)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void estimatedJaccardIsCloseToTheExactOne(String name, String a, String b) {
        long[] x = Shingles.hashes(Shingles.normalise(a), 5);
        long[] y = Shingles.hashes(Shingles.normalise(b), 5);
        double estimate = MinHasher.estimatedJaccard(HASHER.signature(x), HASHER.signature(y));
        // 128 functions: standard error ≤ 0.045; 0.15 is more than three of them.
        assertThat(estimate).isCloseTo(Shingles.jaccard(x, y), within(0.15));
    }

    static Stream<Arguments> verdicts() {
        List<String> p = StoryTextsFixture.paragraphs(5, 8);
        List<String> other = StoryTextsFixture.paragraphs(15, 8);
        String full = String.join("\n", p);
        String quoting = String.join("\n", other.subList(0, 4)) + "\n对此，有关负责人强调：" + p.get(2) + "\n"
                + String.join("\n", other.subList(4, 8));
        return Stream.of(
                Arguments.of("boilerplate copy", full, "来源：新华网\n" + full + "\n责任编辑：王建国", true),
                Arguments.of("truncated to the first 60 %", full, full.substring(0, full.length() * 6 / 10), true),
                Arguments.of("truncated to the first 30 %", full, full.substring(0, full.length() * 3 / 10), false),
                Arguments.of("quotes one paragraph", full, quoting, false),
                Arguments.of("one paragraph of the article alone", full, p.get(2), false),
                Arguments.of("distinct article of the same topic", full, String.join("\n", other), false),
                Arguments.of("short item copied with a source line", SHORT_VISIT_A, "来源：新华网\n" + SHORT_VISIT_A, true),
                Arguments.of("short formula item about another visit", SHORT_VISIT_A, SHORT_VISIT_B, false));
    }

    @ParameterizedTest(name = "{0} → duplicate={3}")
    @MethodSource("verdicts")
    void verifiesCandidatePairs(String name, String a, String b, boolean duplicate) {
        MinHasher.Signature x = HASHER.signatureOf(a);
        MinHasher.Signature y = HASHER.signatureOf(b);
        assertThat(HASHER.verify(x.values(), x.shingles(), y.values(), y.shingles())
                        .duplicate())
                .isEqualTo(duplicate);
    }

    @Test
    void textsWithoutLettersOrDigitsDuplicateNothing() {
        MinHasher.Signature empty = HASHER.signatureOf("——。！");
        assertThat(empty.shingles()).isZero();
        assertThat(HASHER.verify(empty.values(), 0, empty.values(), 0).duplicate())
                .isFalse();
    }
}
