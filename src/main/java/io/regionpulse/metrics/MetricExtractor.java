package io.regionpulse.metrics;

import io.regionpulse.regions.RegionMention;
import io.regionpulse.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numeric facts in a clean document text.
 *
 * <p>FOUNDATION VERSION: Arabic numbers with 万/亿 and 元/% only.
 */
public final class MetricExtractor {
  private static final Pattern NUM = Pattern.compile("(\\d+(?:\\.\\d+)?)(万|亿)?(元|%)");

  public List<MetricMention> extract(String text, List<Sentence> sentences, List<RegionMention> mentions, LocalDate publishedDate) {
    List<MetricMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      Matcher m = NUM.matcher(text.substring(s.start(), s.end()));
      while (m.find()) {
        double v = Double.parseDouble(m.group(1));
        if ("万".equals(m.group(2))) v *= 1e4;
        if ("亿".equals(m.group(2))) v *= 1e8;
        String unit = "%".equals(m.group(3)) ? "percent" : "CNY";
        out.add(new MetricMention(s.index(), s.start() + m.start(), s.start() + m.end(), m.group(), v, unit, null,
            "exact", null, "level", null, publishedDate == null ? null : publishedDate.getYear(), false, null, null, "none"));
      }
    }
    return out;
  }
}
