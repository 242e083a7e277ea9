package io.regionpulse.text;

/**
 * One segment of text as produced by the segmenter: the word, its part-of-speech tag (HanLP
 * tags: {@code ns} place, {@code nr} person, {@code nt} organisation, {@code n} noun, ...) and
 * its char offset in the text that was segmented.
 */
public record Token(String word, String pos, int start) {
    public int end() {
        return start + word.length();
    }
}
