package io.regionpulse.regions;

import io.regionpulse.nlp.Segmenter;
import io.regionpulse.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared by the table-driven matcher tests: the bundled gazetteer, one segmenter (with the
 * gazetteer as instance dictionary) and the matcher, plus a compact rendering of mentions:
 * {@code surface=code}, {@code @org} appended when inside an organisation, sorted by offset.
 */
final class MatcherFixture {
    static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
    private static final Segmenter SEGMENTER = new Segmenter(GAZETTEER);
    private static final RegionMatcher MATCHER = new RegionMatcher(GAZETTEER);

    private MatcherFixture() {}

    static synchronized List<RegionMention> find(String text) {
        return MATCHER.find(text, SEGMENTER.segment(text), Sentences.split(text));
    }

    static String render(String text) {
        List<String> out = new ArrayList<>();
        for (RegionMention m : find(text)) {
            out.add(m.surface() + "=" + m.regionCode() + (m.inOrganization() ? "@org" : ""));
        }
        return String.join(" ", out);
    }

    static String normalise(String expected) {
        return expected == null ? "" : expected.strip().replaceAll("\\s+", " ");
    }
}
