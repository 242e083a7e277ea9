package io.regionpulse.analysis;

import io.regionpulse.metrics.MetricExtractor;
import io.regionpulse.nlp.Segmenter;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.regions.RegionMatcher;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import io.regionpulse.text.Sentences;
import io.regionpulse.text.Token;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The per-document extraction path shared by the Spark extract job and {@code jobs/inspect.sh}:
 * segment once, then regions, metrics and keywords from the same tokens; the plain segmentation
 * that tells keywords from fragments covers only the clauses of the best keyword candidates
 * ({@link WordBoundaries#lazy}). Not thread-safe (it holds a HanLP segment): build one per task.
 */
public final class DocumentAnalyzer {
    /**
     * Version of the extraction rules (regions, metrics, keywords): bump it in the commit that
     * changes what extraction makes of a text, so {@code reprocess --only-outdated} re-extracts
     * the documents of earlier rules. The word lists and indicator table are hashed next to it;
     * the gazetteer has its own version.
     */
    public static final int RULES_VERSION = 2;

    private final Segmenter segmenter;
    private final Segmenter plain = Segmenter.coreOnly();
    private final RegionMatcher regions;
    private final MetricExtractor metrics;
    private final Keywords keywords;

    public DocumentAnalyzer(Gazetteer gazetteer, Set<String> stopWords, int keywordLimit) {
        this.segmenter = new Segmenter(gazetteer);
        this.regions = new RegionMatcher(gazetteer);
        this.metrics = new MetricExtractor();
        this.keywords = new Keywords(stopWords, keywordLimit);
    }

    public Analysis analyze(String text, LocalDate publishedDate) {
        List<Sentence> sentences = Sentences.split(text);
        List<Token> tokens = segmenter.segment(text);
        List<RegionMention> mentions = regions.find(text, tokens, sentences);
        return new Analysis(
                sentences,
                mentions,
                metrics.extract(text, sentences, mentions, publishedDate),
                keywords.top(tokens, mentions, WordBoundaries.lazy(text, plain::segment)));
    }
}
