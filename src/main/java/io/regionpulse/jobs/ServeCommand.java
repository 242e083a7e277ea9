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
 * for BI tools (Superset, Metabase, Tableau, DBeaver, beeline), read-only.
 *
 * <p>What clients see: database {@code default} holds one view per public table, with the
 * contract's column comments and table description. Views because the Thrift server answers JDBC
 * {@code getColumns} from the metastore entry, and Delta keeps a table's schema in its own log,
 * not in the metastore (a Delta table's entry has no columns: BI column browsers stayed empty).
 * A view's entry carries its columns, and a view over a catalog table reads the table's latest
 * version on every query. The Delta tables themselves are registered in database
 * {@link #STORAGE_DB}; the internal bookkeeping tables are not registered at all.
 *
 * <p>Read-only: {@link ReadOnlySql} (a Spark session extension) refuses commands, DML/DDL and
 * {@code reflect()}, and {@code spark.sql.runSQLOnFiles=false} turns off file-path data sources.
 * Optional user/password ({@code --user}, password in {@code RP_SERVE_PASSWORD}) with
 * HiveServer2's CUSTOM authentication ({@link ServeAuth}). Binding beyond loopback needs
 * {@code --allow-remote} and prints a warning.
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

    /** The database holding the Delta tables behind the public views of {@code default}. */
    public static final String STORAGE_DB = "regionpulse_storage";

    static final String PASSWORD_ENV = "RP_SERVE_PASSWORD";

    @Option(names = "--host", description = "Address to bind (default: 127.0.0.1; any other needs --allow-remote)")
    String host = "127.0.0.1";

    @Option(
            names = "--allow-remote",
            description = "Allow --host to be a non-loopback address (the tables become readable from the network)")
    boolean allowRemote;

    @Option(
            names = "--user",
            description = "Require this user name and the password in $" + PASSWORD_ENV
                    + " (HiveServer2 CUSTOM auth, SASL PLAIN)")
    String user;

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
        boolean loopback = isLoopback(host);
        if (!loopback && !allowRemote) {
            throw new UserError("--host " + host + " is not a loopback address: add --allow-remote to listen on it"
                    + " (and --user with " + PASSWORD_ENV + " to require a password)");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (user != null && (password == null || password.isEmpty())) {
            throw new UserError("--user needs the password in the environment variable " + PASSWORD_ENV);
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
        configure(state, password);
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
        Warehouse w = new Warehouse(spark, s.warehouse());
        int[] tables = {0};
        ReadOnlySql.setUp(() -> tables[0] = publish(spark, w));
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
        if (!loopback) {
            System.err.printf(
                    "WARNING: listening on %s:%d, beyond this machine: %s%n",
                    host,
                    port,
                    user == null
                            ? "anyone who can reach the port can read every table (no password; see --user)"
                            : "the password travels in clear text unless a TLS proxy is in front");
        }
        System.out.printf(
                "serving %d tables of %s on jdbc:hive2://%s:%d/default (HiveServer2 protocol, read-only, %s); Ctrl-C"
                        + " stops%n",
                tables[0], s.warehouse(), host, port, user == null ? "no auth" : "user " + user);
        System.out.flush();
        stopped.await();
        return Main.OK;
    }

    /**
     * Registers the warehouse's public tables: the Delta tables in {@link #STORAGE_DB} (LOCATION, the
     * latest version on every query) and one view per table in {@code default} with the column
     * comments and the table description. Returns the number of tables published.
     */
    static int publish(SparkSession spark, Warehouse w) {
        spark.sql("CREATE DATABASE IF NOT EXISTS " + STORAGE_DB
                + " COMMENT 'RegionPulse: the Delta tables behind the views of database default (query default)'");
        int n = 0;
        for (TableDef t : Tables.ALL) {
            if (!w.exists(t)) {
                continue;
            }
            String stored = STORAGE_DB + ".`" + t.name() + "`";
            spark.sql("DROP VIEW IF EXISTS default.`" + t.name() + "`");
            spark.sql("DROP TABLE IF EXISTS " + stored); // the catalog entry only: the table is external
            spark.sql("CREATE TABLE " + stored + " USING delta LOCATION " + Warehouse.sqlString(w.path(t)));
            spark.sql(PublicViews.createView(t, spark.table(stored).schema(), stored));
            n++;
        }
        return n;
    }

    static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            throw new UserError("--host " + host + ": unknown host");
        }
    }

    /** Spark reads spark.* system properties into the session's conf: Hive catalog, Thrift bind address, local state. */
    private void configure(Path state, String password) {
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
        if (user == null) {
            System.setProperty("spark.hadoop.hive.server2.authentication", "NONE");
        } else {
            System.setProperty("spark.hadoop.hive.server2.authentication", "CUSTOM");
            System.setProperty("spark.hadoop.hive.server2.custom.authentication.class", ServeAuth.class.getName());
            // the SASL handler builds a fresh HiveConf, which reads hive.* system properties, not Spark's conf
            System.setProperty("hive.server2.custom.authentication.class", ServeAuth.class.getName());
            System.setProperty(ServeAuth.USER, user);
            System.setProperty(ServeAuth.PASSWORD_SHA256, ServeAuth.sha256(password));
        }
        // Read-only: the analyser check of ReadOnlySql, no SQL on file paths (csv.`/etc/…`, delta.`/…`).
        System.setProperty(io.regionpulse.warehouse.Sessions.EXTRA_EXTENSIONS, ReadOnlySql.class.getName());
        System.setProperty("spark.sql.runSQLOnFiles", "false");
        System.setProperty("spark.hadoop.hive.exec.scratchdir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.exec.local.scratchdir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.downloaded.resources.dir", dir + "/scratch");
        System.setProperty("spark.hadoop.hive.server2.logging.operation.log.location", dir + "/operation_logs");
        System.setProperty("spark.hadoop.hive.querylog.location", dir + "/querylog");
    }
}
