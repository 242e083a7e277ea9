package io.regionpulse.codes;

/** {@code runs.status}: how a stage of a run ended. */
public enum RunStatus implements Code {
    SUCCEEDED("succeeded", "The stage finished and wrote its rows"),
    NOTHING_TO_DO("nothing_to_do", "The stage found no pending input and wrote nothing"),
    FAILED("failed", "The stage stopped on an error (detail has its first line); a rerun redoes it"),
    RUNNING("running", "The stage has started and not finished (a stage killed hard keeps this until the next run)"),
    ABANDONED("abandoned", "A stage that was running when its process died, marked so by a later run");

    private final String code;
    private final String meaning;

    RunStatus(String code, String meaning) {
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
