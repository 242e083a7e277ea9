package io.regionpulse.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP segmentation with part-of-speech tags, place-name recognition off (the gazetteer is our
 * place mechanism and HanLP's recogniser is slow). HanLP's {@code Segment} is neither
 * serialisable nor safe to share between threads: build one {@code Segmenter} per task.
 *
 * <p>With a gazetteer, its names become words of an <em>instance</em> dictionary ({@link
 * DynamicCustomDictionary}) given to this segment only: HanLP's bundled custom dictionary is
 * reused read-only and the global {@code CustomDictionary} is never modified. The dictionary is
 * built once per JVM and gazetteer version and shared by all segmenters (read-only).
 */
public final class Segmenter {
    private static final Map<String, DynamicCustomDictionary> DICTIONARIES = new ConcurrentHashMap<>();
    private final Segment segment;

    /** Plain HanLP segmentation with HanLP's bundled dictionaries. */
    public Segmenter() {
        this.segment = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(false);
    }

    private Segmenter(Segment segment) {
        this.segment = segment;
    }

    /**
     * HanLP's core dictionary only (no bundled custom words, no gazetteer): the plain word
     * boundaries that tell a keyword from a fragment ({@code analysis.WordBoundaries}).
     */
    public static Segmenter coreOnly() {
        return new Segmenter(HanLP.newSegment()
                .enableOffset(true)
                .enablePlaceRecognize(false)
                .enableCustomDictionary(false));
    }

    /** Segmentation that keeps every gazetteer name (成渝地区双城经济圈, 川渝, 援疆) in one piece. */
    public Segmenter(Gazetteer gazetteer) {
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enablePlaceRecognize(false)
                .enableCustomDictionary(DICTIONARIES.computeIfAbsent(gazetteer.version(), v -> dictionary(gazetteer)));
    }

    private static DynamicCustomDictionary dictionary(Gazetteer gazetteer) {
        BinTrie<CoreDictionary.Attribute> trie = new BinTrie<>();
        for (String w : gazetteer.dictionaryWords()) {
            trie.put(w, new CoreDictionary.Attribute(Nature.ns, 1000));
        }
        DynamicCustomDictionary base = CustomDictionary.DEFAULT;
        return new DynamicCustomDictionary(base.dat, trie, base.path);
    }

    /** {@code "重庆市科技局"} → [重庆市/ns@0, 科技局/nis@3]. */
    public List<Token> segment(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
        }
        return out;
    }
}
