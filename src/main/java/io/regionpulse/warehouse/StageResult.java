package io.regionpulse.warehouse;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;

/**
 * Counts of one stage. {@code output} and {@code rejected} are rows actually written by this run;
 * {@code duplicates} are input rows that were already in the table (or repeated within the run)
 * and so were not written again. For ingest and clean: {@code input = output + rejected +
 * duplicates}.
 */
public record StageResult(
        Stage stage, RunStatus status, long input, long output, long rejected, long duplicates, String detail) {
    public StageResult(Stage stage, RunStatus status, long input, long output, long rejected, String detail) {
        this(stage, status, input, output, rejected, 0, detail);
    }

    public static StageResult of(Stage stage, long input, long output, long rejected) {
        return of(stage, input, output, rejected, 0);
    }

    public static StageResult of(Stage stage, long input, long output, long rejected, long duplicates) {
        return new StageResult(
                stage,
                input == 0 ? RunStatus.NOTHING_TO_DO : RunStatus.SUCCEEDED,
                input,
                output,
                rejected,
                duplicates,
                null);
    }

    /** A stage that threw: the first non-empty line of the error (and its class when it has no message). */
    public static StageResult failed(Stage stage, Throwable e) {
        return new StageResult(stage, RunStatus.FAILED, 0, 0, 0, 0, Errors.firstLine(e));
    }
}
