package io.regionpulse.jobs;

import io.regionpulse.config.Settings;
import io.regionpulse.config.UserError;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.warehouse.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jobs/serve.sh}: a HiveServer2-protocol (Spark Thrift server) endpoint over the warehouse
 * for BI tools (Superset, Metabase, Tableau, DBeaver, beeline): every table by name in database
 * {@code default}, read-only in spirit (clients could write; do not expose it beyond localhost
 * without a proxy that authenticates).
 *
 * <p>Spark's thrift server is not published on Maven Central for Spark 4; it ships in the
 * pyspark distribution, so {@code jobs/serve.sh} puts pyspark's jars on the classpath and this
 * class starts {@code HiveThriftServer2.startWithContext} by reflection. The tables live in a
 * throwaway embedded metastore (Derby) under {@code --state-dir}; they point at the Delta
 * folders, so the server always reads the warehouse's latest version.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the warehouse tables over JDBC/Thrift (HiveServer2 protocol) for BI tools.")
public final class ServeCommand implements Callable<Integer> {
    static final String THRIFT_SERVER = "org.apache.spark.sql.hive.thriftserver.HiveThriftServer2";

    @CommandLine.Mixin
    Main.Common common = new Main.Common();

    @Option(names = "--host", description = "Address to bind (default: 127.0.0.1; 0.0.0.0 exposes it to the network)")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Thrift port (default: 10000)")
    int port = 10000;

    @Option(
            names = "--state-dir",
            description = "Folder for the embedded metastore and scratch files (default: a new temporary folder)")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        if (port <= 0 || port > 65535) {
            throw new UserError("--port must be 1..65535");
        }
        Class<?> server;
        try {
            server = Class.forName(THRIFT_SERVER);
        } catch (ClassNotFoundException e) {
            throw new UserError(
                    "Spark's thrift server is not on the classpath: run jobs/serve.sh (it adds pyspark's jars from .venv)");
        }
        Settings s = common.settings(Map.of());
        if (!s.warehouse().contains("://") && !new java.io.File(s.warehouse()).isDirectory()) {
            throw new UserError("warehouse not found: " + s.warehouse() + " (run jobs/pipeline.sh first)");
        }
        Path state =
                stateDir != null ? Files.createDirectories(stateDir) : Files.createTempDirectory("regionpulse-serve-");
        configure(state);
        SparkSession spark = common.session(s);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.err.println("regionpulse serve: stopping");
                            spark.stop();
                            stopped.countDown();
                        },
                        "regionpulse-serve-stop"));
        Warehouse w = new Warehouse(spark, s.warehouse()).registerExisting();
        int tables = 0;
        for (TableDef t : Tables.ALL) {
            if (w.exists(t)) {
                tables++;
            }
        }
        Method start = null;
        for (Method m : server.getMethods()) {
            if (m.getName().equals("startWithContext") && m.getParameterCount() == 1) {
                start = m;
            }
        }
        if (start == null) {
            throw new IllegalStateException(THRIFT_SERVER + ".startWithContext not found");
        }
        start.invoke(null, spark.sqlContext());
        System.out.printf(
                "serving %d tables of %s on jdbc:hive2://%s:%d/default (HiveServer2 protocol, no auth); Ctrl-C stops%n",
                tables, s.warehouse(), host, port);
        System.out.flush();
        stopped.await();
        return Main.OK;
    }

    /** Spark reads spark.* system properties into the session's conf: Hive catalog, Thrift bind address, local state. */
    private void configure(Path state) {
        String dir = state.toAbsolutePath().toString();
        try {
            Files.createDirectories(state.resolve("scratch"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("derby.system.home", dir);
        System.setProperty("spark.sql.catalogImplementation", "hive");
        System.setProperty(
                "spark.hadoop.javax.jdo.option.ConnectionURL",
                "jdbc:derby:;databaseName=" + dir + "/metastore_db;create=true");
        System.setProperty("spark.hadoop.hive.metastore.schema.verification", "false");
        System.setProperty("spark.hadoop.datanucleus.schema.autoCreateAll", "true");
        System.setProperty("spark.hadoop.hive.server2.thrift.bind.host", host);
        System.setProperty("spark.hadoop.hive.server2.thrift.port", String.valueOf(port));
        System.setProperty("spark.hadoop.hive.server2.transport.mode", "binary");
        System.setProperty("spark.hadoop.hive.server2.authentication", "NONE");
        System.setProperty("spark.hadoop.hive.exec.scratchdir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.exec.local.scratchdir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.downloaded.resources.dir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.server2.logging.operation.log.location", dir + "/operation_logs");
        System.setProperty("spark.hadoop.hive.querylog.location", dir + "/querylog");
    }
}
