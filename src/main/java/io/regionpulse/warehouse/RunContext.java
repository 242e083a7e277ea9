package io.regionpulse.warehouse;

import io.regionpulse.config.Settings;
import io.regionpulse.ingest.PageIds;
import io.regionpulse.regions.Gazetteer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What every stage of one run shares: its id, settings, warehouse and gazetteer. */
public record RunContext(String runId, Instant startedAt, Settings settings, Warehouse warehouse, Gazetteer gazetteer) {
    public static final String VERSION = "0.1.0";

    public static String newRunId(Instant now, String args) {
        String ts = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(now);
        return "run-" + ts + "-"
                + PageIds.hash(args, String.valueOf(now.toEpochMilli())).substring(0, 6);
    }

    /** RegionPulse version and the rule version of every stage, as {@code runs.version} shows them. */
    public String version() {
        return VERSION + " " + rules().label();
    }

    /** The versions of the rules this run applies (recorded on the documents it cleans and extracts). */
    public RuleVersions rules() {
        return RuleVersions.of(settings, gazetteer);
    }
}
