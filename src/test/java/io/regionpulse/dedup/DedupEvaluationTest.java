package io.regionpulse.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.dedup.eval.DupCorpus;
import io.regionpulse.nlp.HanlpScriptConverter;
import io.regionpulse.nlp.HanlpSimplifiedToTraditional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The done-when of issue 6: pair precision and recall of at least 0.95 on our generated set. */
class DedupEvaluationTest {
    static List<DupCorpus.Doc> testSet(int stories) {
        HanlpSimplifiedToTraditional s2t = new HanlpSimplifiedToTraditional();
        HanlpScriptConverter t2s = new HanlpScriptConverter();
        return new DupCorpus(7, text -> t2s.toSimplified(s2t.apply(text))).stories(0, stories);
    }

    @Test
    void defaultSettingsScoreAtLeast95PercentPairPrecisionAndRecall() {
        List<DupCorpus.Doc> docs = testSet(2000);
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> truth = new LinkedHashMap<>();
        for (DupCorpus.Doc d : docs) {
            texts.put(d.docId(), d.text());
            truth.put(d.docId(), d.story());
        }
        LocalClusterer.PairScore score =
                LocalClusterer.score(truth, new LocalClusterer(DedupSettings.defaults()).cluster(texts));
        assertThat(score.truePairs()).isGreaterThan(3000);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
    }
}
