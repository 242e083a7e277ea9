package io.regionpulse.gen;

import static io.regionpulse.gen.ArticleFactory.pick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.gen.Article.TruthMetric;
import io.regionpulse.gen.ArticleFactory.Amount;
import io.regionpulse.gen.ArticleFactory.Draft;
import io.regionpulse.gen.ArticleFactory.Topic;
import io.regionpulse.gen.RegionPool.Entry;
import io.regionpulse.gen.Templates.Sentence;
import io.regionpulse.gen.Templates.Variant;
import java.math.BigDecimal;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sentence table and its interpreter: every variant writes what its truth says it wrote. */
class TemplatesTest {
    static RegionPool pool;

    @BeforeAll
    static void load() {
        pool = RegionPool.load();
    }

    static Stream<Integer> variants() {
        return IntStream.range(0, Templates.VARIANTS.length).boxed();
    }

    /** Writes variant {@code i} for many draws (subjects of both levels) and checks each sentence. */
    @ParameterizedTest
    @MethodSource("variants")
    void everyFigureOfAVariantStandsInItsTextWithClosedCodes(int i) {
        Variant v = Templates.VARIANTS[i];
        for (int seed = 0; seed < 300; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Entry subject = seed % 2 == 0 ? pick(rng, pool.provinces()) : pick(rng, pool.cities());
            Topic topic = pick(rng, ArticleFactory.TOPICS);
            Draft d = new Draft(rng, 2024, seed % 3 == 0 ? 2023 : 2024);
            d.main = subject;
            Sentence s = d.sentence(topic, subject, pool);
            d.write(v, s);
            String text = d.endParagraph();

            assertThat(text).doesNotContain("{", "}", "null").endsWith("。");
            assertThat(d.metrics).isNotEmpty();
            for (TruthMetric m : d.metrics) {
                assertThat(text).as("variant %d, seed %d", i, seed).contains(m.surface());
                assertThat(m.unit()).isIn("CNY", "USD", "percent", "percentage_point", "count");
                assertThat(m.qualifier()).isIn("exact", "approx", "more_than", "at_least");
                assertThat(m.change()).isIn(null, "increase", "decrease");
                assertThat(m.comparison()).isIn(null, "yoy", "mom");
                assertThat(m.indicator()).isNotBlank().doesNotContain("{");
                assertThat(m.regionCode()).isNotBlank();
                assertThat(m.isTarget()).isFalse();
                assertThat(m.value()).isPositive();
                if ("count".equals(m.unit())) assertThat(m.measureWord()).isNotBlank();
                if (!"count".equals(m.unit())) assertThat(m.measureWord()).isNull();
                if ("mom".equals(m.comparison())) assertThat(m.referenceYear()).isNull();
            }
            for (Article.TruthRegion r : d.regions.values()) assertThat(text).contains(r.surface());
        }
    }

    @Test
    void targetsCarryTheirYearAndNoReferenceYear() {
        for (int seed = 0; seed < 100; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Entry subject = pick(rng, pool.provinces());
            Draft d = new Draft(rng, 2024, 2024);
            d.write(
                    seed % 2 == 0 ? Templates.TARGET_AMOUNT : Templates.TARGET_SHARE,
                    new Sentence(pick(rng, ArticleFactory.TOPICS), null, subject, 2024),
                    2027);
            String text = d.endParagraph();
            assertThat(d.metrics).singleElement().satisfies(m -> {
                assertThat(text).contains(m.surface());
                assertThat(m.isTarget()).isTrue();
                assertThat(m.targetYear()).isEqualTo(2027);
                assertThat(m.referenceYear()).isNull();
            });
        }
    }

    @Test
    void fillReplacesWordsAndFiguresAndRejectsUnknownSlots() {
        Entry e = new Entry("110000", "北京市", "北京", "province", "110000");
        Sentence s = Sentence.of(new Amount("12.5亿元", new BigDecimal("12.5"), 8), e);
        s.word("q", "约", "approx", "");
        assertThat(s.fill("{q}{n}{q.2}，")).isEqualTo("约12.5亿元，");
        assertThat(s.fill("no slots")).isEqualTo("no slots");
        assertThat(s.fill(null)).isNull();
        assertThatThrownBy(() -> s.fill("{missing}")).hasMessageContaining("missing");

        TruthMetric m = Templates.cny("n")
                .surface("{q}{n}{q.2}")
                .qualifier("{q.1}")
                .of("地区生产总值")
                .resolve(s, null);
        assertThat(m.surface()).isEqualTo("约12.5亿元");
        assertThat(m.value()).isEqualTo(1.25e9);
        assertThat(m.qualifier()).isEqualTo("approx");
        assertThat(m.regionCode()).isEqualTo("110000");
        assertThat(Set.of(m.unit(), m.indicator())).containsExactlyInAnyOrder("CNY", "地区生产总值");
    }
}
