package io.regionpulse.text;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Page bytes → clean Simplified-Chinese document with metadata, or a reject.
 *
 * <p>FOUNDATION VERSION: decodes, strips tags crudely and converts script. The real cleaner
 * (main-text extraction, boilerplate, metadata, pinyin, mojibake) replaces this body.
 */
public final class PageCleaner {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private final CleanerSettings settings;
  private final ScriptConverter converter;

  public PageCleaner(CleanerSettings settings, ScriptConverter converter) {
    this.settings = settings;
    this.converter = converter;
  }

  public CleanOutcome clean(PageInput in) {
    String decoded = new String(in.raw(), Charset.forName(in.charset() == null ? "UTF-8" : in.charset()));
    String text = decoded.replaceAll("<[^>]*>", "\n").replaceAll("[ \\t\\u3000]+", " ").strip();
    if (text.length() < settings.minChars()) {
      return CleanOutcome.reject("empty_after_cleaning", "only " + text.length() + " chars");
    }
    List<String> flags = new ArrayList<>();
    double trad = converter.traditionalShare(text);
    String script = trad > 0.05 ? "traditional" : "simplified";
    if (trad > 0) {
      text = converter.toSimplified(text);
      flags.add("converted_t2s");
    }
    String title = text.lines().findFirst().orElse("").strip();
    LocalDate date = in.fetchedAt() == null ? null : in.fetchedAt().atZone(CHINA).toLocalDate();
    return CleanOutcome.ok(new CleanedPage(title, in.fetchedAt(), date, in.fetchedAt() == null ? null : "fetched",
        null, null, in.url(), null, script, text, flags));
  }
}
