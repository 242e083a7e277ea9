package io.regionpulse.codes;

/** {@code runs.stage} and {@code rejects.stage}: the pipeline's stages, in order. */
public enum Stage implements Code {
    @Meaning("Input files → pages (and ingest rejects)")
    INGEST,
    @Meaning("Pages → documents (and clean rejects)")
    CLEAN,
    @Meaning("Documents → stories (story_id, is_canonical)")
    DEDUP,
    @Meaning("Documents → region_mentions, metrics, keywords")
    EXTRACT,
    @Meaning("Silver tables → the gold tables of the affected periods")
    AGGREGATE
}
