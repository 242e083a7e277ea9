package io.regionpulse.regions;

import io.regionpulse.text.Sentence;
import io.regionpulse.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds region mentions in a clean document text.
 *
 * <p>FOUNDATION VERSION: plain substring match of full and short names.
 */
public final class RegionMatcher {
  private final Gazetteer gazetteer;

  public RegionMatcher(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * @param text the document text
   * @param tokens the HanLP segmentation of {@code text} (offsets into it)
   * @param sentences the sentence split of {@code text}
   */
  public List<RegionMention> find(String text, List<Token> tokens, List<Sentence> sentences) {
    List<RegionMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String st = text.substring(s.start(), s.end());
      for (Region r : gazetteer.regions()) {
        for (String name : new String[] {r.name(), r.shortName()}) {
          int i = st.indexOf(name);
          while (i >= 0) {
            out.add(new RegionMention(s.index(), s.start() + i, s.start() + i + name.length(), name,
                r.code(), r.name(), r.level(), r.provinceCode(), name.equals(r.name()) ? "full_name" : "short_name", false));
            i = st.indexOf(name, i + name.length());
          }
          if (r.name().startsWith(r.shortName()) && st.contains(r.name())) {
            break;
          }
        }
      }
    }
    return out;
  }
}
