package io.regionpulse.warehouse;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;

/** Counts of one stage; {@code input = output + rejected} for ingest and clean. */
public record StageResult(Stage stage, RunStatus status, long input, long output, long rejected, String detail) {
    public static StageResult of(Stage stage, long input, long output, long rejected) {
        return new StageResult(
                stage, input == 0 ? RunStatus.NOTHING_TO_DO : RunStatus.SUCCEEDED, input, output, rejected, null);
    }
}
