package io.regionpulse.dedup.eval;

import java.util.List;
import java.util.SplittableRandom;

/** Generated article paragraphs for tests (fixed seeds). */
public final class StoryTextsFixture {
    private StoryTextsFixture() {}

    public static List<String> paragraphs(long seed, int count) {
        SplittableRandom rng = new SplittableRandom(seed);
        StoryTexts.Facts f = StoryTexts.facts(rng, (int) (seed % StoryTexts.TOPICS.length));
        List<String> out = new java.util.ArrayList<>();
        while (out.size() < count) {
            out.addAll(StoryTexts.paragraphs(rng, f));
        }
        return out.subList(0, count);
    }

    public static String article(long seed, int count) {
        return String.join("\n", paragraphs(seed, count));
    }
}
