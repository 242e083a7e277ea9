package io.regionpulse.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation with part-of-speech tags. HanLP's {@code Segment} is neither serialisable
 * nor thread-safe to share: build one {@code Segmenter} per task or per executor thread.
 */
public final class Segmenter {
  private final Segment segment;

  public Segmenter() {
    this.segment = HanLP.newSegment().enableOffset(true).enablePlaceRecognize(false);
  }

  /** {@code "重庆市科技局"} → [重庆市/ns@0, 科技局/n@3]. */
  public List<Token> segment(String text) {
    List<Term> terms = segment.seg(text);
    List<Token> out = new ArrayList<>(terms.size());
    for (Term t : terms) {
      out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), t.offset));
    }
    return out;
  }
}
