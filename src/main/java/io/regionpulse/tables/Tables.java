package io.regionpulse.tables;

import java.util.List;

/** Every table of the warehouse, in pipeline order. */
public final class Tables {
    private Tables() {}

    public static final List<TableDef> ALL = List.of(
            Pages.DEF,
            Rejects.DEF,
            Documents.DEF,
            RegionMentions.DEF,
            Metrics.DEF,
            RegionTimeline.DEF,
            RegionComention.DEF,
            RegionKeywords.DEF,
            MetricTimeline.DEF,
            Regions.DEF,
            Runs.DEF);

    /**
     * Bookkeeping tables the jobs keep for incremental runs (dedup signatures, aggregate
     * fingerprints). Not part of the analysts' contract, but registered and documented too.
     */
    public static final List<TableDef> INTERNAL = List.of(TextSignatures.DEF, AggregateState.DEF);

    public static TableDef byName(String name) {
        return java.util.stream.Stream.concat(ALL.stream(), INTERNAL.stream())
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown table: " + name + " (tables: "
                        + String.join(", ", ALL.stream().map(TableDef::name).toList()) + ")"));
    }

    /** Contract tables first, then the internal ones. */
    public static List<TableDef> everything() {
        return java.util.stream.Stream.concat(ALL.stream(), INTERNAL.stream()).toList();
    }
}
