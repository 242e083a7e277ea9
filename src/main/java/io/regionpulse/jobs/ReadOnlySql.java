package io.regionpulse.jobs;

import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.CallMethodViaReflection;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.Project;
import org.apache.spark.sql.catalyst.rules.Rule;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.internal.SQLConf;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * The Spark session extension of {@code jobs/serve.sh}: the JDBC endpoint is read-only, enforced
 * by Spark SQL's analyser on the analysed plan (not by looking at the SQL text).
 *
 * <ul>
 *   <li>A check rule refuses every plan that contains a command other than the read-only ones
 *       (SHOW…, DESCRIBE…, EXPLAIN, USE, SET without a value): INSERT, DELETE, UPDATE, MERGE, DROP,
 *       CREATE (tables, views, functions), ALTER, CACHE, ADD JAR, SET k=v all resolve to commands.
 *   <li>File-path data sources ({@code SELECT * FROM csv.`/etc/passwd`}, {@code delta.`/path`}) are
 *       off with {@code spark.sql.runSQLOnFiles=false} (Delta's path identifiers obey it too); the
 *       check rule refuses every query of a session where a client turned it back on (for example
 *       through the connection's hiveconf settings).
 *   <li>{@code reflect()} / {@code java_method()} (calling static Java methods) are refused.
 *   <li>{@code SHOW TABLES} answers as HiveServer2 does, one column with the table name: PyHive's
 *       SQLAlchemy dialect (Superset's {@code hive://}) reads the first column as the name.
 * </ul>
 *
 * <p>The server's own set-up (registering the tables and views) runs inside {@link #setUp}.
 */
public final class ReadOnlySql extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
    /** Command node types a reader needs (Spark 4 class names; the v1 and v2 forms). */
    static final Set<String> READ_ONLY_COMMANDS = Set.of(
            "ExplainCommand",
            "SetCatalogAndNamespace",
            "SetNamespaceCommand",
            "SetCatalogCommand",
            "SetCommand" // without a value only, see refusal()
            );

    private static final ThreadLocal<Boolean> SETTING_UP = ThreadLocal.withInitial(() -> false);

    @Override
    public BoxedUnit apply(SparkSessionExtensions ext) {
        ext.injectCheckRule(new AbstractFunction1<SparkSession, scala.Function1<LogicalPlan, BoxedUnit>>() {
            @Override
            public scala.Function1<LogicalPlan, BoxedUnit> apply(SparkSession spark) {
                return new AbstractFunction1<LogicalPlan, BoxedUnit>() {
                    @Override
                    public BoxedUnit apply(LogicalPlan plan) {
                        if (!SETTING_UP.get()) {
                            refusal(SQLConf.get(), plan).ifPresent(ReadOnlySql::refuse);
                        }
                        return BoxedUnit.UNIT;
                    }
                };
            }
        });
        ext.injectPostHocResolutionRule(new AbstractFunction1<SparkSession, Rule<LogicalPlan>>() {
            @Override
            public Rule<LogicalPlan> apply(SparkSession spark) {
                return new HiveShowTables();
            }
        });
        return BoxedUnit.UNIT;
    }

    /** Runs the server's own catalog set-up on this thread with the check rule off. */
    public static void setUp(Runnable r) {
        SETTING_UP.set(true);
        try {
            r.run();
        } finally {
            SETTING_UP.set(false);
        }
    }

    /** Why {@code plan} (analysed) is refused on a read-only endpoint, or empty when it may run. */
    public static Optional<String> refusal(SQLConf conf, LogicalPlan plan) {
        if (conf.runSQLonFile()) {
            return Optional.of("SQL on files is turned off on this endpoint (spark.sql.runSQLOnFiles must stay false)");
        }
        String[] why = {null};
        plan.foreachWithSubqueries(new AbstractFunction1<LogicalPlan, BoxedUnit>() {
            @Override
            public BoxedUnit apply(LogicalPlan node) {
                if (why[0] == null) {
                    why[0] = nodeRefusal(node);
                }
                return BoxedUnit.UNIT;
            }
        });
        return Optional.ofNullable(why[0]);
    }

    static String nodeRefusal(LogicalPlan node) {
        String name = node.getClass().getSimpleName();
        if (node instanceof InsertIntoStatement) {
            return "INSERT is refused";
        }
        if (node instanceof SetCommand set) {
            if (set.kv().isDefined() && set.kv().get()._2().isDefined()) {
                return "SET with a value is refused";
            }
        } else if (node instanceof Command && !readOnlyCommand(name)) {
            return statement(name) + " is refused";
        }
        scala.collection.Iterator<Expression> it = node.expressions().iterator();
        while (it.hasNext()) {
            if (it.next().exists(new AbstractFunction1<Expression, Object>() {
                @Override
                public Object apply(Expression e) {
                    return e instanceof CallMethodViaReflection;
                }
            })) {
                return "reflect() / java_method() are refused";
            }
        }
        return null;
    }

    /** Plan node → the SQL a user typed, for the one-line refusal (first matching prefix). */
    static final java.util.List<java.util.Map.Entry<String, String>> STATEMENTS = java.util.List.of(
            java.util.Map.entry("AppendData", "INSERT"),
            java.util.Map.entry("Overwrite", "INSERT OVERWRITE"),
            java.util.Map.entry("InsertInto", "INSERT"),
            java.util.Map.entry("Delete", "DELETE"),
            java.util.Map.entry("DeltaDelete", "DELETE"),
            java.util.Map.entry("Update", "UPDATE"),
            java.util.Map.entry("DeltaUpdate", "UPDATE"),
            java.util.Map.entry("Merge", "MERGE"),
            java.util.Map.entry("DeltaMerge", "MERGE"),
            java.util.Map.entry("Truncate", "TRUNCATE"),
            java.util.Map.entry("Create", "CREATE"),
            java.util.Map.entry("Drop", "DROP"),
            java.util.Map.entry("Alter", "ALTER"),
            java.util.Map.entry("Cache", "CACHE"),
            java.util.Map.entry("Uncache", "UNCACHE"),
            java.util.Map.entry("AddJar", "ADD JAR"),
            java.util.Map.entry("Reset", "RESET"));

    static String statement(String simpleName) {
        for (var e : STATEMENTS) {
            if (simpleName.startsWith(e.getKey())) {
                return e.getValue() + " (" + simpleName + ")";
            }
        }
        return simpleName;
    }

    static boolean readOnlyCommand(String simpleName) {
        return simpleName.startsWith("Show")
                || simpleName.startsWith("Describe")
                || READ_ONLY_COMMANDS.contains(simpleName);
    }

    private static void refuse(String why) {
        throw new ReadOnlyViolation("read-only endpoint: " + why + " (jobs/serve.sh serves the tables for reading)");
    }

    /** Spark reports analysis failures to JDBC clients with their message. */
    static final class ReadOnlyViolation extends RuntimeException {
        ReadOnlyViolation(String message) {
            super(message);
        }
    }

    /** {@code SHOW TABLES} → its {@code tableName} column only, as HiveServer2 answers it. */
    static final class HiveShowTables extends Rule<LogicalPlan> {
        @Override
        public LogicalPlan apply(LogicalPlan plan) {
            String name = plan.getClass().getSimpleName();
            if (!name.equals("ShowTables") && !name.equals("ShowTablesCommand")) {
                return plan;
            }
            scala.collection.Iterator<Attribute> it = plan.output().iterator();
            while (it.hasNext()) {
                Attribute a = it.next();
                if (a.name().equals("tableName")) {
                    return new Project(
                            scala.jdk.javaapi.CollectionConverters.asScala(
                                            java.util.List
                                                    .<org.apache.spark.sql.catalyst.expressions.NamedExpression>of(a))
                                    .toSeq(),
                            plan);
                }
            }
            return plan;
        }
    }
}
