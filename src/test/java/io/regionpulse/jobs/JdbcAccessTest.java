package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.regionpulse.tables.Column;
import io.regionpulse.tables.TableDef;
import io.regionpulse.tables.Tables;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.Warehouse;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A BI tool's JDBC view of {@code serve}: the Hive JDBC standalone driver from Maven Central (what
 * DBeaver and Tableau's Hive connector load), in a class loader of its own, against a real server
 * process ({@code Main serve} with Spark's thrift server from pyspark's jars, as jobs/serve.sh
 * runs it) on a small warehouse made from the table contracts.
 *
 * <p>Tag {@code access}: jobs/test-access.sh runs it after creating the Python environment (which
 * brings pyspark's jars) with {@code -Drp.access.required=true}; elsewhere it is skipped when those
 * jars are missing.
 */
@Tag("access")
class JdbcAccessTest {
    static final Path PROJECT =
            Path.of(System.getProperty("rp.project.dir", ".")).toAbsolutePath();
    static Process server;
    static Driver driver;
    static String url;
    static Path root;

    @BeforeAll
    static void start() throws Exception {
        Path jars = pysparkJars();
        String jdbcJar = System.getProperty("rp.hive.jdbc.jar", "");
        boolean ready = jars != null && !jdbcJar.isEmpty() && new File(jdbcJar).isFile();
        String missing = "needs pyspark's jars (jobs/lib/python.sh) and the Hive JDBC jar (" + jdbcJar + ")";
        if (Boolean.getBoolean("rp.access.required")) {
            assertThat(ready).as(missing).isTrue();
        }
        Assumptions.assumeTrue(ready, missing);

        root = Files.createTempDirectory("rp-jdbc-test");
        Path warehouse = root.resolve("warehouse");
        Warehouse w = new Warehouse(SparkTestSession.get(), warehouse.toString()).ensureAll();
        for (TableDef t : Tables.INTERNAL) {
            w.ensure(t); // the bookkeeping tables exist in the folder and must still not be served
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        // the module openings Spark needs, as this test JVM got them (the pom's argLine = jobs/lib/common.sh)
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.") || a.startsWith("-Dio.netty"))
                .toList());
        cmd.addAll(List.of(
                "-Dlog4j2.configurationFile=" + PROJECT.resolve("conf/log4j2.properties"),
                "-cp",
                System.getProperty("java.class.path") + File.pathSeparator + jars + "/*",
                "io.regionpulse.jobs.Main",
                "serve",
                "--warehouse",
                warehouse.toString(),
                "--port",
                String.valueOf(port),
                "--state-dir",
                root.resolve("state").toString(),
                "--set",
                "regionpulse.spark.shuffle-partitions=2"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        server = pb.start();
        CountDownLatch serving = new CountDownLatch(1);
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                    if (line.startsWith("serving ")) {
                        serving.countDown();
                    }
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        boolean up = false;
        while (!up && server.isAlive() && System.nanoTime() < deadline) {
            up = serving.await(2, TimeUnit.SECONDS);
        }
        up = up || serving.await(5, TimeUnit.SECONDS);
        synchronized (log) {
            assertThat(up).as("serve did not start:\n%s", log).isTrue();
        }
        URLClassLoader loader =
                new URLClassLoader(new URL[] {new File(jdbcJar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
        driver = (Driver) Class.forName("org.apache.hive.jdbc.HiveDriver", true, loader)
                .getDeclaredConstructor()
                .newInstance();
        url = "jdbc:hive2://127.0.0.1:" + port + "/default";
    }

    /** pyspark's jars folder: -Drp.pyspark.jars, else the project's .venv. */
    static Path pysparkJars() throws Exception {
        String p = System.getProperty("rp.pyspark.jars", "");
        if (!p.isEmpty()) {
            return Files.isDirectory(Path.of(p)) ? Path.of(p) : null;
        }
        Path lib = PROJECT.resolve(".venv/lib");
        if (!Files.isDirectory(lib)) {
            return null;
        }
        try (Stream<Path> s = Files.list(lib)) {
            return s.map(d -> d.resolve("site-packages/pyspark/jars"))
                    .filter(d -> Files.isRegularFile(d.resolve("spark-hive-thriftserver_2.13-4.2.0.jar")))
                    .findFirst()
                    .orElse(null);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(2, TimeUnit.MINUTES)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    static Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "analyst");
        return driver.connect(url, p);
    }

    static Set<String> names(List<TableDef> defs) {
        return new TreeSet<>(defs.stream().map(TableDef::name).toList());
    }

    @Test
    void getTablesListsEveryPublicTableWithItsDescriptionAndNoInternalOne() throws Exception {
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            Map<String, String> remarks = new LinkedHashMap<>();
            try (ResultSet rs = md.getTables(null, "default", "%", null)) {
                while (rs.next()) {
                    remarks.put(rs.getString("TABLE_NAME"), rs.getString("REMARKS"));
                }
            }
            assertThat(remarks.keySet()).containsExactlyInAnyOrderElementsOf(names(Tables.ALL));
            for (TableDef t : Tables.ALL) {
                assertThat(remarks.get(t.name())).as(t.name()).isEqualTo(t.description());
            }
            Set<String> everywhere = new TreeSet<>();
            try (ResultSet rs = md.getTables(null, null, "%", null)) {
                while (rs.next()) {
                    everywhere.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(everywhere).doesNotContainAnyElementsOf(names(Tables.INTERNAL));
        }
    }

    @Test
    void getColumnsListsEveryColumnWithItsComment() throws Exception {
        try (Connection c = connect()) {
            DatabaseMetaData md = c.getMetaData();
            for (TableDef t : Tables.ALL) {
                List<String> cols = new ArrayList<>();
                Map<String, String> comments = new LinkedHashMap<>();
                try (ResultSet rs = md.getColumns(null, "default", t.name(), "%")) {
                    while (rs.next()) {
                        cols.add(rs.getString("COLUMN_NAME"));
                        comments.put(rs.getString("COLUMN_NAME"), rs.getString("REMARKS"));
                    }
                }
                assertThat(cols).as(t.name()).containsExactlyElementsOf(t.columnNames());
                for (Column col : t.columns()) {
                    assertThat(comments.get(col.name()))
                            .as(t.name() + "." + col.name())
                            .isEqualTo(col.comment());
                }
            }
        }
    }

    @Test
    void selectWorksAndWritesAreRefused() throws Exception {
        try (Connection c = connect();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM region_timeline")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isZero();
            }
            for (String sql : List.of(
                    "INSERT INTO runs SELECT * FROM runs",
                    "DROP TABLE regionpulse_storage.runs",
                    "CREATE TABLE x USING parquet LOCATION '/tmp/rp-x' AS SELECT 1 AS a",
                    "SELECT * FROM csv.`/etc/passwd`")) {
                assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(java.sql.SQLException.class);
            }
            try (ResultSet rs = st.executeQuery("SHOW TABLES")) {
                Set<String> shown = new TreeSet<>();
                while (rs.next()) {
                    shown.add(rs.getString(1));
                }
                assertThat(shown).isEqualTo(names(Tables.ALL));
            }
        }
    }
}
