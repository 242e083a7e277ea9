package io.regionpulse.tables;

import java.util.List;

/** Every table of the warehouse, in pipeline order. */
public final class Tables {
  private Tables() {}

  public static final List<TableDef> ALL =
      List.of(Pages.DEF, Rejects.DEF, Documents.DEF, RegionMentions.DEF, Metrics.DEF,
          RegionTimeline.DEF, RegionComention.DEF, RegionKeywords.DEF, MetricTimeline.DEF, Runs.DEF);

  public static TableDef byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown table: " + name + " (tables: "
            + String.join(", ", ALL.stream().map(TableDef::name).toList()) + ")"));
  }
}
