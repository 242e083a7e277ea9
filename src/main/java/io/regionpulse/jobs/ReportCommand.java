package io.regionpulse.jobs;

import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jobs/report.sh}: one self-contained HTML dashboard of a warehouse. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write a self-contained HTML dashboard of the warehouse (charts inlined, works offline).")
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--out", description = "HTML file to write (default: report.html)")
    Path out = Path.of("report.html");

    @Option(
            names = "--regions",
            split = ",",
            description =
                    "Regions for the monthly timelines, by code or name: --regions 重庆,四川,500000 (default: the 6 most-mentioned)")
    List<String> regions = new ArrayList<>();

    @Override
    public Integer call() {
        Settings s = common.settings(Map.of());
        if (!s.warehouse().contains("://") && !new java.io.File(s.warehouse()).isDirectory()) {
            throw new UserError("warehouse not found: " + s.warehouse() + " (run jobs/pipeline.sh first)");
        }
        SparkSession spark = common.session(s);
        try {
            ReportData data = ReportData.load(new Warehouse(spark, s.warehouse()), regions);
            String page = ReportHtml.render(data, ReportHtml.echarts());
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, page, StandardCharsets.UTF_8);
            System.out.printf(
                    "wrote %s (%,d KB): %,d documents, %d regions, %d timelines, %d co-mention pairs, %d metrics%n",
                    out,
                    page.length() / 1024,
                    data.headline().documents(),
                    data.headline().regions(),
                    data.timelines().size(),
                    data.edges().size(),
                    data.latestMetrics().size());
            return Main.OK;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            spark.stop();
        }
    }
}
