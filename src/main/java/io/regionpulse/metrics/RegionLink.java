package io.regionpulse.metrics;

/**
 * metrics.region_link: how a metric's scope and region were decided, most direct first.
 * {@link #reliable()} says whether the link kind is trusted by default by metric_timeline, the
 * notebooks and the report (measured per kind in docs/quality.md).
 */
public enum RegionLink implements Coded {
    /** A region named before the number in its own clause, not inside an organisation's name. */
    CLAUSE_SUBJECT("clause_subject", true),
    /** 北京、上海分别为…、…: the n-th region of the list for the n-th number. */
    FENBIE_LIST("fenbie_list", true),
    /** The change of the quantity just before it in the sentence (618.8亿元，同比增长77.4%). */
    SAME_QUANTITY("same_quantity", true),
    /** 全国, 我国, 国家, a national ministry: a national figure, no region. */
    NATIONAL_MARKER("national_marker", true),
    /** A foreign country, the world: no Chinese region. */
    FOREIGN_MARKER("foreign_marker", true),
    /** The region of an earlier clause of the sentence, with no other region or national marker between. */
    SENTENCE("sentence", true),
    /** The region of one of the previous three sentences of the paragraph. */
    CONTEXT("context", false),
    /** The story's one dominant region. */
    STORY("story", false),
    /** Nothing decided. */
    NONE("none", false);

    private final String code;
    private final boolean reliable;

    RegionLink(String code, boolean reliable) {
        this.code = code;
        this.reliable = reliable;
    }

    @Override
    public String code() {
        return code;
    }

    /** Trusted by default: used by metric_timeline and shown first by the notebooks and the report. */
    public boolean reliable() {
        return reliable;
    }

    /** The constant with this code. */
    public static RegionLink of(String code) {
        return Coded.of(RegionLink.class, code);
    }
}
