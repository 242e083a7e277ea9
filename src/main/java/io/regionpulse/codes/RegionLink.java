package io.regionpulse.codes;

/**
 * metrics.region_link: how a metric's scope and region were decided, most direct first.
 * {@link #reliable()} says whether the link kind is trusted by default by metric_timeline, the
 * notebooks and the report (measured per kind in docs/quality.md).
 */
public enum RegionLink implements Code {
    @Meaning("A region named before the number in its own clause, not inside an organisation's name.")
    CLAUSE_SUBJECT(true),
    @Meaning("北京、上海分别为…、…: the n-th region of the list for the n-th number.")
    FENBIE_LIST(true),
    @Meaning("The change of the quantity just before it in the sentence (618.8亿元，同比增长77.4%).")
    SAME_QUANTITY(true),
    @Meaning("全国, 我国, 国家, a national ministry: a national figure, no region.")
    NATIONAL_MARKER(true),
    @Meaning("A foreign country, the world: no Chinese region.")
    FOREIGN_MARKER(true),
    @Meaning("The subject is a list of places (西安、咸阳、渭南; 内地与香港): several regions at once, no single region")
    SEVERAL_REGIONS(true),
    @Meaning("The region of an earlier clause of the sentence, with no other region or national marker between.")
    SENTENCE(true),
    @Meaning("The region of one of the previous three sentences of the paragraph.")
    CONTEXT(false),
    @Meaning("The story's one dominant region.")
    STORY(false),
    @Meaning("Nothing decided.")
    NONE(false);

    private final boolean reliable;

    RegionLink(boolean reliable) {
        this.reliable = reliable;
    }

    /** Trusted by default: used by metric_timeline and shown first by the notebooks and the report. */
    public boolean reliable() {
        return reliable;
    }
}
