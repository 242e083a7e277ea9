package io.regionpulse.testing;

import io.regionpulse.warehouse.Sessions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession per test JVM ({@code local[2]}, 2 shuffle partitions, UI off, Delta
 * enabled), shared by every Spark test. Tests that need a warehouse make their own temp folder
 * and address tables by path or through {@link io.regionpulse.warehouse.Warehouse}.
 */
public final class SparkTestSession {
    private static SparkSession session;

    private SparkTestSession() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            try {
                Path base = Files.createTempDirectory("rp-spark-test");
                session = Sessions.local("local[2]", base.resolve("warehouse").toString(), 2);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> session.stop()));
        }
        return session;
    }
}
