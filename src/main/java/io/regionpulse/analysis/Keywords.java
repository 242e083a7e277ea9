package io.regionpulse.analysis;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A document's top terms from its segmentation: nouns and verbs-as-nouns of two or more
 * characters, stop words and region names removed, ranked by frequency then first position.
 */
public final class Keywords {
  private static final Set<String> KEEP_POS = Set.of("n", "nz", "vn", "nt", "nis", "nnt", "gi", "gm", "nf", "nl");
  private final Set<String> stopWords;
  private final int limit;

  public Keywords(Set<String> stopWords, int limit) {
    this.stopWords = stopWords;
    this.limit = limit;
  }

  public List<String> top(List<Token> tokens, List<RegionMention> mentions) {
    Set<String> regionSurfaces = new HashSet<>();
    for (RegionMention m : mentions) {
      regionSurfaces.add(m.surface());
      regionSurfaces.add(m.regionName());
    }
    Map<String, int[]> counts = new HashMap<>();
    int pos = 0;
    for (Token t : tokens) {
      pos++;
      String w = t.word();
      if (w.length() < 2 || !KEEP_POS.contains(t.pos()) || stopWords.contains(w) || regionSurfaces.contains(w)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(w, k -> new int[] {0, 0});
      if (c[0] == 0) c[1] = pos;
      c[0]++;
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> a.getValue()[0] != b.getValue()[0]
            ? Integer.compare(b.getValue()[0], a.getValue()[0])
            : Integer.compare(a.getValue()[1], b.getValue()[1]))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
