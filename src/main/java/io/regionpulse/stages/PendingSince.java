package io.regionpulse.stages;

import io.regionpulse.codes.RunStatus;
import io.regionpulse.codes.Stage;
import java.time.Instant;
import java.util.List;

/**
 * Where clean's pending pages can be, from the {@code runs} rows of ingest and clean alone: the
 * smallest run id whose pages may still lack a document or a clean reject, and below which no
 * clean wrote anything those pages could have. Run ids start with the run's UTC start time, so
 * they sort by time and every page, document and reject carries one: the pending anti-join then
 * reads only the files of runs {@code >=} it (Delta skips the others by their run_id statistics),
 * not the archive.
 *
 * <p>An ingest is closed when a clean of the pipeline (not a reprocess, whose detail starts with
 * {@link #REPROCESS}) succeeded or had nothing to do and started after the ingest finished: that
 * clean took up every page the ingest wrote. Any other ingest (running, failed, abandoned, or
 * not followed by such a clean) is open. The answer is the smallest id among the open ingests and
 * the cleans that ended (or still run) after the earliest open ingest started (a crashed clean of
 * another run may have cleaned some of its pages); with no open ingest, the last closing clean's
 * run. No closing clean at all (a new warehouse, pages written without runs rows): null, look at
 * every page. Pure.
 */
final class PendingSince {
    /** The detail of reprocess's clean rows starts with this. */
    static final String REPROCESS = "reprocess:";

    /** One runs row of ingest or clean. */
    record RunRow(String runId, String stage, String status, Instant startedAt, Instant finishedAt, String detail) {}

    private PendingSince() {}

    static String since(List<RunRow> rows) {
        RunRow lastClosing = null;
        for (RunRow r : rows) {
            if (closing(r) && (lastClosing == null || r.runId().compareTo(lastClosing.runId()) > 0)) {
                lastClosing = r;
            }
        }
        if (lastClosing == null) {
            return null;
        }
        String since = null;
        Instant earliestOpen = null;
        for (RunRow r : rows) {
            if (open(r, rows)) {
                since = since == null ? r.runId() : min(since, r.runId());
                earliestOpen =
                        earliestOpen == null || r.startedAt().isBefore(earliestOpen) ? r.startedAt() : earliestOpen;
            }
        }
        if (earliestOpen == null) {
            return lastClosing.runId();
        }
        for (RunRow r : rows) {
            if (r.stage().equals(Stage.CLEAN.code())
                    && !reprocess(r)
                    && (running(r) || !r.finishedAt().isBefore(earliestOpen))) {
                since = min(since, r.runId());
            }
        }
        return since;
    }

    private static boolean open(RunRow ingest, List<RunRow> rows) {
        if (!ingest.stage().equals(Stage.INGEST.code()) || ingest.status().equals(RunStatus.NOTHING_TO_DO.code())) {
            return false;
        }
        if (running(ingest)) {
            return true;
        }
        for (RunRow c : rows) {
            if (closing(c) && !c.startedAt().isBefore(ingest.finishedAt())) {
                return false;
            }
        }
        return true;
    }

    private static boolean closing(RunRow r) {
        return r.stage().equals(Stage.CLEAN.code())
                && !reprocess(r)
                && (r.status().equals(RunStatus.SUCCEEDED.code()) || r.status().equals(RunStatus.NOTHING_TO_DO.code()));
    }

    private static boolean reprocess(RunRow r) {
        return r.detail() != null && r.detail().startsWith(REPROCESS);
    }

    private static boolean running(RunRow r) {
        return r.status().equals(RunStatus.RUNNING.code());
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
