package io.regionpulse.warehouse;

/** Counts of one stage; {@code input = output + rejected} for ingest and clean. */
public record StageResult(String stage, String status, long input, long output, long rejected, String detail) {
    public static StageResult of(String stage, long input, long output, long rejected) {
        return new StageResult(stage, input == 0 ? "nothing_to_do" : "succeeded", input, output, rejected, null);
    }
}
