package io.regionpulse.nlp;

import com.hankcs.hanlp.HanLP;
import java.util.function.UnaryOperator;

/**
 * Simplified→Traditional through HanLP's conversion dictionaries, for writing Traditional test
 * pages ({@code "联手打造全国影响力"} → {@code "聯手打造全國影響力"}). Used by the corpus generator;
 * lives here because nlp/ is the only package that imports HanLP. Stateless and thread-safe.
 */
public final class HanlpSimplifiedToTraditional implements UnaryOperator<String> {
    @Override
    public String apply(String simplified) {
        return HanLP.convertToTraditionalChinese(simplified);
    }
}
