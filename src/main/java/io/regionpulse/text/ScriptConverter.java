package io.regionpulse.text;

/**
 * Traditional→Simplified conversion, kept behind an interface so that {@code text} does not
 * import HanLP ({@code nlp.HanlpScriptConverter} is the implementation).
 */
public interface ScriptConverter {
    /** {@code "聯手打造全國影響力"} → {@code "联手打造全国影响力"}. */
    String toSimplified(String text);

    /** Share of characters that are Traditional-only (0..1), used for {@code original_script}. */
    double traditionalShare(String text);
}
