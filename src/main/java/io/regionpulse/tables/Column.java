package io.regionpulse.tables;

import java.io.Serializable;
import org.apache.spark.sql.types.DataType;

/** One column of a table contract: its type, whether it may be null, what it means, an example. */
public record Column(String name, DataType type, boolean nullable, String comment, String example)
        implements Serializable {}
