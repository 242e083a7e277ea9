package io.regionpulse.warehouse;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of long Spark stages as plain log lines, for a person watching a nightly run's log
 * (where Spark's {@code \r} console bar would be noise). Registered through
 * {@code spark.extraListeners}; every {@code spark.regionpulse.progress.seconds} (default 30) it
 * logs each stage that has been running longer than that:
 * <pre>progress: stage 14 (save at Warehouse.java:97) 37/200 tasks (18%), running 1m05s, ~4m50s left</pre>
 * It stays silent when {@code spark.ui.showConsoleProgress} is on (a terminal shows the bar instead).
 */
public final class ProgressLog extends SparkListener {
    public static final String INTERVAL_KEY = "spark.regionpulse.progress.seconds";

    /**
     * System property naming a file (jobs/bench.sh sets it) to which every finished Spark stage
     * appends {@code epoch_ms,records_read,bytes_read,shuffle_records_read}: the rows a pipeline
     * stage read from its tables and inputs, summed by the benchmark between the stage's start and end.
     */
    public static final String IO_LOG_PROPERTY = "regionpulse.bench.io-log";

    private static final Logger LOG = LoggerFactory.getLogger(ProgressLog.class);

    private final Map<Integer, Stage> active = new ConcurrentHashMap<>();
    private final long intervalMillis;
    private final LongSupplier clock;
    private final ScheduledExecutorService timer;

    /** Spark calls this constructor for {@code spark.extraListeners}. */
    public ProgressLog(SparkConf conf) {
        this(
                conf.getLong(INTERVAL_KEY, 30) * 1000,
                System::currentTimeMillis,
                !conf.getBoolean("spark.ui.showConsoleProgress", false));
    }

    ProgressLog(long intervalMillis, LongSupplier clock, boolean schedule) {
        this.intervalMillis = Math.max(1000, intervalMillis);
        this.clock = clock;
        if (schedule) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "regionpulse-progress");
                t.setDaemon(true);
                return t;
            });
            // Fixed delay, not rate: a timer starved on a busy machine must not print bursts of catch-up lines.
            timer.scheduleWithFixedDelay(
                    () -> lines().forEach(LOG::info), this.intervalMillis, this.intervalMillis, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        var info = e.stageInfo();
        active.put(info.stageId(), new Stage(info.stageId(), info.name(), info.numTasks(), clock.getAsLong()));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        Stage s = active.get(e.stageId());
        if (s != null && e.taskInfo() != null && e.taskInfo().successful()) {
            s.done.incrementAndGet();
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted e) {
        active.remove(e.stageInfo().stageId());
        String ioLog = System.getProperty(IO_LOG_PROPERTY);
        if (ioLog != null && !ioLog.isBlank() && e.stageInfo().taskMetrics() != null) {
            var m = e.stageInfo().taskMetrics();
            String line = String.format(
                    Locale.ROOT,
                    "%d,%d,%d,%d%n",
                    System.currentTimeMillis(), // the runs table's clock, not the progress clock
                    m.inputMetrics().recordsRead(),
                    m.inputMetrics().bytesRead(),
                    m.shuffleReadMetrics().recordsRead());
            try {
                java.nio.file.Files.writeString(
                        java.nio.file.Path.of(ioLog),
                        line,
                        java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException ex) {
                LOG.debug("progress: cannot append to {}: {}", ioLog, ex.toString());
            }
        }
    }

    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd e) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** One line per stage running for at least one interval, oldest first. */
    java.util.List<String> lines() {
        long now = clock.getAsLong();
        return active.values().stream()
                .filter(s -> now - s.startedAt >= intervalMillis)
                .sorted(java.util.Comparator.comparingInt(s -> s.id))
                .map(s -> line(s.id, s.name, s.done.get(), s.tasks, Duration.ofMillis(now - s.startedAt)))
                .toList();
    }

    static String line(int stageId, String name, int done, int tasks, Duration running) {
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "progress: stage %d (%s) %d/%d tasks (%d%%), running %s",
                stageId,
                name,
                done,
                tasks,
                tasks == 0 ? 0 : done * 100 / tasks,
                human(running)));
        if (done > 0 && done < tasks) {
            sb.append(", ~")
                    .append(human(running.multipliedBy(tasks - done).dividedBy(done)))
                    .append(" left");
        }
        return sb.toString();
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
    }

    private static final class Stage {
        final int id;
        final String name;
        final int tasks;
        final long startedAt;
        final AtomicInteger done = new AtomicInteger();

        Stage(int id, String name, int tasks, long startedAt) {
            this.id = id;
            this.name = name;
            this.tasks = tasks;
            this.startedAt = startedAt;
        }
    }
}
