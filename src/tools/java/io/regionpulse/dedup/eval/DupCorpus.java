package io.regionpulse.dedup.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The dedup test set: generated stories with known clusters. Each story is an original article
 * and, for about half of the stories, 1–6 copies of these kinds:
 * <ul>
 *   <li>{@code boilerplate}: other residual header/footer lines (来源…, 责任编辑…, 【纠错】);
 *   <li>{@code rewritten_lead}: the first paragraph written anew, other boilerplate;
 *   <li>{@code traditional}: converted to Traditional and back to Simplified (what cleaning does
 *       with a Traditional page), other boilerplate;
 *   <li>{@code truncated}: the first 50–80 % of the text and a "read more" line;
 *   <li>{@code exact}: the same text.
 * </ul>
 * Negatives come for free and on purpose: ten topics share their news formulae and about forty
 * stories share each publication day, so many distinct articles have the same topic and date;
 * and one story in eight quotes a whole paragraph of an earlier story ({@code quotes}) while
 * staying a story of its own. Deterministic per (seed, story number).
 */
public final class DupCorpus {
    public static final List<String> COPY_KINDS =
            List.of("boilerplate", "rewritten_lead", "traditional", "truncated", "exact");

    private final long seed;
    private final UnaryOperator<String> traditionalRoundTrip;

    /**
     * @param traditionalRoundTrip Simplified → Traditional → Simplified (as a Traditional page
     *     comes out of cleaning); identity to skip the conversion cost in benchmarks
     */
    public DupCorpus(long seed, UnaryOperator<String> traditionalRoundTrip) {
        this.seed = seed;
        this.traditionalRoundTrip = traditionalRoundTrip;
    }

    /** One generated document; {@code story} is the true cluster. */
    public record Doc(String docId, String story, String kind, String text, Instant publishedAt) {}

    public List<Doc> stories(long from, long to) {
        List<Doc> out = new ArrayList<>();
        for (long s = from; s < to; s++) {
            out.addAll(story(s));
        }
        return out;
    }

    public List<Doc> story(long s) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s);
        StoryTexts.Facts facts = StoryTexts.facts(rng, (int) (s % StoryTexts.TOPICS.length));
        List<String> paras = StoryTexts.paragraphs(rng, facts);
        String storyKey = "t" + s;
        if (s > 0 && rng.nextInt(8) == 0) {
            // Quotes a paragraph of an earlier story (same day or the day before): not a copy.
            long q = Math.max(0, s - 1 - rng.nextInt(40));
            List<String> other = StoryTexts.paragraphs(rngOf(q), factsOf(q));
            paras.add(1 + rng.nextInt(paras.size() - 1), "对此，有关负责人强调：" + other.get(rng.nextInt(other.size())));
        }
        LocalDate day = LocalDate.of(2024, 1, 1).plusDays(s / 40);
        Instant base = day.atTime(8, 0).toInstant(ZoneOffset.ofHours(8)).plusSeconds(rng.nextInt(12 * 3600));
        List<Doc> docs = new ArrayList<>();
        docs.add(new Doc(id(s, 0), storyKey, "original", withChrome(rng, facts, paras), base));
        int copies = rng.nextBoolean() ? 0 : 1 + rng.nextInt(6);
        for (int c = 1; c <= copies; c++) {
            String kind = COPY_KINDS.get(rng.nextInt(COPY_KINDS.size()));
            Instant at = base.plusSeconds(600L + rng.nextInt(48 * 3600));
            String text =
                    switch (kind) {
                        case "boilerplate" -> withChrome(rng, facts, paras);
                        case "rewritten_lead" -> {
                            List<String> p = new ArrayList<>(paras);
                            p.set(0, StoryTexts.lead(rng, facts));
                            yield withChrome(rng, facts, p);
                        }
                        case "traditional" -> traditionalRoundTrip.apply(withChrome(rng, facts, paras));
                        case "truncated" -> truncate(rng, String.join("\n", paras));
                        default -> docs.get(0).text();
                    };
            docs.add(new Doc(id(s, c), storyKey, kind, text, at));
        }
        return docs;
    }

    private SplittableRandom rngOf(long s) {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s);
        StoryTexts.facts(rng, (int) (s % StoryTexts.TOPICS.length));
        return rng;
    }

    private StoryTexts.Facts factsOf(long s) {
        return StoryTexts.facts(
                new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s), (int) (s % StoryTexts.TOPICS.length));
    }

    static String id(long story, int copy) {
        return String.format("d%07d-%d", story, copy);
    }

    static String withChrome(SplittableRandom rng, StoryTexts.Facts f, List<String> paras) {
        StringBuilder sb = new StringBuilder();
        for (int i = rng.nextInt(3); i > 0; i--) {
            sb.append(StoryTexts.header(rng, f)).append('\n');
        }
        sb.append(String.join("\n", paras));
        for (int i = rng.nextInt(3); i > 0; i--) {
            sb.append('\n').append(StoryTexts.footer(rng, f));
        }
        return sb.toString();
    }

    static String truncate(SplittableRandom rng, String text) {
        int keep = (int) (text.length() * (0.5 + 0.3 * rng.nextDouble()));
        return text.substring(0, keep) + "……\n点击阅读全文";
    }
}
