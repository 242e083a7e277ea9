package io.regionpulse.jobs;

import io.regionpulse.aggregate.AggregateSettings;
import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.stages.Maintenance;
import io.regionpulse.stages.Maintenance.TableReport;
import io.regionpulse.warehouse.Warehouse;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maintain}: compaction and bounded history for every table (safe to schedule weekly). */
@Command(
        name = "maintain",
        mixinStandardHelpOptions = true,
        description =
                "OPTIMIZE (with Z-ORDER where it pays) and VACUUM every table; prints files and sizes before/after.")
public final class MaintainCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(
            names = "--retention-hours",
            description =
                    "VACUUM retention in hours (default regionpulse.maintain.vacuum-retention-hours; at least 24)")
    Double retentionHours;

    @Option(names = "--dry-run", description = "Only report files and sizes; change nothing")
    boolean dryRun;

    @Override
    public Integer call() {
        Settings s = common.settings(Map.of());
        double hours = retentionHours != null
                ? retentionHours
                : s.config().getDouble("regionpulse.maintain.vacuum-retention-hours");
        if (hours < Maintenance.MIN_RETENTION_HOURS) {
            throw new UserError("--retention-hours " + hours + " is under " + Maintenance.MIN_RETENTION_HOURS
                    + " h: it could delete files a running query still reads");
        }
        if (!new java.io.File(s.warehouse()).isDirectory() && !s.warehouse().contains("://")) {
            throw new UserError("warehouse not found: " + s.warehouse());
        }
        long maxFileMb = s.config().getLong("regionpulse.maintain.max-file-mb");
        if (maxFileMb < 1) {
            throw new UserError("regionpulse.maintain.max-file-mb must be at least 1, not " + maxFileMb);
        }
        SparkSession spark = common.session(s);
        try {
            spark.conf().set(Maintenance.MAX_FILE_SIZE, String.valueOf(maxFileMb * 1024 * 1024));
            int goldRowsPerFile = AggregateSettings.from(s.config()).rowsPerFile();
            List<TableReport> r = Maintenance.run(new Warehouse(spark, s.warehouse()), hours, dryRun, goldRowsPerFile);
            print(r, System.out);
            return Main.OK;
        } finally {
            spark.stop();
        }
    }

    static void print(List<TableReport> reports, PrintStream out) {
        out.printf("%-18s %8s %8s %11s %11s  %s%n", "table", "files", "after", "MB", "after", "actions");
        long fb = 0, fa = 0, bb = 0, ba = 0;
        for (TableReport t : reports) {
            out.printf(
                    "%-18s %8d %8d %11.2f %11.2f  %s%n",
                    t.table(),
                    t.filesBefore(),
                    t.filesAfter(),
                    t.bytesBefore() / 1e6,
                    t.bytesAfter() / 1e6,
                    t.actions());
            fb += t.filesBefore();
            fa += t.filesAfter();
            bb += t.bytesBefore();
            ba += t.bytesAfter();
        }
        out.printf("%-18s %8d %8d %11.2f %11.2f%n", "total", fb, fa, bb / 1e6, ba / 1e6);
    }
}
