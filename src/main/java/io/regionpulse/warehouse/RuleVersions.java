package io.regionpulse.warehouse;

import io.regionpulse.analysis.DocumentAnalyzer;
import io.regionpulse.config.Settings;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.regions.Gazetteer;
import io.regionpulse.text.PageCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The version of the rules each stage ran with, recorded on every document
 * ({@code documents.clean_version}, {@code extract_version}, {@code gazetteer_version}) and in
 * {@code runs.version}. A version is a code constant (bumped in the commit that changes a stage's
 * output) plus a short hash of the data and settings the stage reads, so editing a word list or a
 * setting changes it without anyone remembering to bump:
 *
 * <ul>
 *   <li>clean {@code c<PageCleaner.RULES_VERSION>-<hash of regionpulse.clean settings>}
 *   <li>extract {@code x<DocumentAnalyzer.RULES_VERSION>-<hash of stopwords.txt, indicators.tsv,
 *       regionpulse.extract settings>}
 *   <li>gazetteer {@link Gazetteer#version()}: the declared version plus a hash of its six files
 * </ul>
 */
public record RuleVersions(String clean, String extract, String gazetteer) {
    /** Bundled data files the extraction reads (besides the gazetteer). */
    static final List<String> EXTRACT_FILES =
            List.of("regionpulse/lexicon/stopwords.txt", "regionpulse/metrics/indicators.tsv");

    public static RuleVersions of(Settings s, Gazetteer gazetteer) {
        String clean = "c" + PageCleaner.RULES_VERSION + "-" + short8(s.clean().toString());
        StringBuilder extract = new StringBuilder(s.config()
                .getConfig("regionpulse.extract")
                .root()
                .render(com.typesafe.config.ConfigRenderOptions.concise()));
        for (String f : EXTRACT_FILES) {
            extract.append('\u0000').append(resource(f));
        }
        return new RuleVersions(
                clean, "x" + DocumentAnalyzer.RULES_VERSION + "-" + short8(extract.toString()), gazetteer.version());
    }

    /** {@code clean=… extract=… gazetteer=…}, as shown in {@code runs.version}. */
    public String label() {
        return "clean=" + clean + " extract=" + extract + " gazetteer=" + gazetteer;
    }

    static String short8(String s) {
        return PageIds.hash(s).substring(0, 8);
    }

    private static String resource(String name) {
        try (InputStream in = RuleVersions.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath (rebuild the jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
