package io.regionpulse.analysis;

import io.regionpulse.metrics.MetricMention;
import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.util.List;

/** Everything extracted from one clean document text. */
public record Analysis(
        List<Sentence> sentences, List<RegionMention> mentions, List<MetricMention> metrics, List<String> keywords) {}
