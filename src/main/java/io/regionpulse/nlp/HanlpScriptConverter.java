package io.regionpulse.nlp;

import com.hankcs.hanlp.HanLP;
import io.regionpulse.text.ScriptConverter;

/** Traditional→Simplified through HanLP's conversion dictionaries. Stateless and thread-safe. */
public final class HanlpScriptConverter implements ScriptConverter {
  @Override
  public String toSimplified(String text) {
    return HanLP.convertToSimplifiedChinese(text);
  }

  @Override
  public double traditionalShare(String text) {
    int han = 0;
    int changed = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        continue;
      }
      han++;
      String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
      if (!s.equals(String.valueOf(c))) {
        changed++;
      }
    }
    return han == 0 ? 0.0 : (double) changed / han;
  }
}
