package io.regionpulse.warehouse;

import io.regionpulse.tables.Runs;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Appends one row per stage to {@code runs}. */
public final class RunLog {
    private RunLog() {}

    public static void record(RunContext ctx, StageResult r, Instant started, Instant finished) {
        Row row = RowFactory.create(
                ctx.runId(),
                r.stage().code(),
                started,
                finished,
                r.status().code(),
                r.input(),
                r.output(),
                r.rejected(),
                ctx.settings().toJson(),
                ctx.version(),
                r.detail());
        Warehouse w = ctx.warehouse();
        w.append(Runs.DEF, w.spark().createDataFrame(List.of(row), Runs.DEF.schema()));
    }
}
