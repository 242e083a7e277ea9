package io.regionpulse.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.regionpulse.tables.Runs;
import io.regionpulse.testing.SparkTestSession;
import io.regionpulse.warehouse.Warehouse;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.internal.SQLConf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The read-only check on analysed plans (the real-client checks are JdbcAccessTest and
 * tests/test_serve.py): each statement is parsed and analysed by Spark, not executed, and the
 * check decides from the plan.
 */
class ReadOnlySqlTest {
    static SparkSession spark;
    static SQLConf readOnlyConf;

    @BeforeAll
    static void table() throws Exception {
        spark = (SparkSession) SparkTestSession.get();
        new Warehouse(spark, Files.createTempDirectory("rp-readonly").toString()).ensure(Runs.DEF);
        readOnlyConf = spark.sessionState().conf().clone();
        readOnlyConf.setConfString("spark.sql.runSQLOnFiles", "false");
    }

    static Optional<String> check(String sql, SQLConf conf) throws Exception {
        LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(sql);
        LogicalPlan analysed = spark.sessionState().analyzer().execute(parsed);
        return ReadOnlySql.refusal(conf, analysed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            INSERT INTO runs SELECT * FROM runs                                      | INSERT
            INSERT OVERWRITE runs SELECT * FROM runs                                 | INSERT
            DELETE FROM runs WHERE true                                              | refused
            UPDATE runs SET status = 'x'                                             | refused
            MERGE INTO runs t USING runs s ON t.run_id = s.run_id WHEN MATCHED THEN DELETE | refused
            DROP TABLE runs                                                          | refused
            TRUNCATE TABLE runs                                                      | refused
            ALTER TABLE runs ADD COLUMNS (x STRING)                                  | refused
            CREATE TABLE copy USING parquet LOCATION '/tmp/rp-x' AS SELECT * FROM runs | refused
            CREATE VIEW v AS SELECT * FROM runs                                      | refused
            CREATE TEMPORARY VIEW pw USING csv OPTIONS (path '/etc/passwd')          | refused
            CACHE TABLE runs                                                         | refused
            SET spark.sql.runSQLOnFiles=true                                         | SET with a value
            SELECT reflect('java.lang.System', 'getProperty', 'user.home')           | reflect
            SELECT * FROM runs WHERE run_id IN (SELECT java_method('java.lang.System', 'getenv', 'HOME')) | reflect
            """)
    void refusesWritesAndEscapes(String sql, String reason) throws Exception {
        assertThat(check(sql, readOnlyConf)).as(sql).hasValueSatisfying(r -> assertThat(r)
                .contains(reason));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            SELECT count(*) FROM runs
            WITH r AS (SELECT * FROM runs) SELECT stage, count(*) FROM r GROUP BY stage
            SHOW TABLES
            SHOW DATABASES
            SHOW COLUMNS IN runs
            DESCRIBE runs
            DESCRIBE TABLE EXTENDED runs
            SET
            SET spark.sql.session.timeZone
            USE default
            EXPLAIN SELECT * FROM runs
            """)
    void letsReadersRead(String sql) throws Exception {
        assertThat(check(sql, readOnlyConf)).as(sql).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"SELECT 1", "SHOW TABLES"})
    void refusesEverythingWhenSqlOnFilesIsBackOn(String sql) throws Exception {
        SQLConf on = readOnlyConf.clone();
        on.setConfString("spark.sql.runSQLOnFiles", "true");
        assertThat(check(sql, on)).hasValueSatisfying(r -> assertThat(r).contains("runSQLOnFiles"));
    }
}
