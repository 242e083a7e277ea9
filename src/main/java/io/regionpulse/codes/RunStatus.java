package io.regionpulse.codes;

/** {@code runs.status}: how a stage of a run ended. */
public enum RunStatus implements Code {
    @Meaning("The stage finished and wrote its rows")
    SUCCEEDED,
    @Meaning("The stage found no pending input and wrote nothing")
    NOTHING_TO_DO,
    @Meaning("The stage stopped on an error (detail has its first line); a rerun redoes it")
    FAILED,
    @Meaning("The stage has started and not finished (a stage killed hard keeps this until the next run)")
    RUNNING,
    @Meaning("A stage that was running when its process died, marked so by a later run")
    ABANDONED
}
