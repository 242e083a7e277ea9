package io.regionpulse.codes;

/** {@code runs.stage} and {@code rejects.stage}: the pipeline's stages, in order. */
public enum Stage implements Code {
    INGEST("ingest", "Input files → pages (and ingest rejects)"),
    CLEAN("clean", "Pages → documents (and clean rejects)"),
    DEDUP("dedup", "Documents → stories (story_id, is_canonical)"),
    EXTRACT("extract", "Documents → region_mentions, metrics, keywords"),
    AGGREGATE("aggregate", "Silver tables → the gold tables of the affected periods");

    private final String code;
    private final String meaning;

    Stage(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
