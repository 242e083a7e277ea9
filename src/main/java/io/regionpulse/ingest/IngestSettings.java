package io.regionpulse.ingest;

import java.io.Serializable;

/** Limits for reading input: records larger than {@code maxRecordBytes} are rejected as too_large. */
public record IngestSettings(long maxRecordBytes) implements Serializable {
    public static IngestSettings defaults() {
        return new IngestSettings(20L * 1024 * 1024);
    }
}
