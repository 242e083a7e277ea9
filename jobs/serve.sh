#!/usr/bin/env bash
# Read-only JDBC/Thrift endpoint (HiveServer2 protocol, Spark Thrift server) over the warehouse for BI tools.
#   jobs/serve.sh [--warehouse DIR] [--port N] [--host H --allow-remote] [--user NAME] [--state-dir DIR]
# Defaults: ./warehouse, 127.0.0.1:10000. A non-loopback --host needs --allow-remote (and prints a
# warning); --user NAME requires that user and the password in $RP_SERVE_PASSWORD (HiveServer2 CUSTOM
# auth). Writes, DDL and file-path reads are refused. Every public table is a view with its column
# comments in database `default` (the Delta tables behind them are in `regionpulse_storage`):
#   jdbc:hive2://127.0.0.1:10000/default      (Superset: hive://127.0.0.1:10000/default)
# Spark's thrift server is not on Maven Central for Spark 4; it ships inside pyspark, so this
# script uses the project's Python environment (jobs/lib/python.sh creates .venv on first use).
# Stops on Ctrl-C / SIGTERM.
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/python.sh"
cd "$RP_HOME_CWD"
rp_build
rp_python_env >/dev/null
[[ -f "$RP_PYSPARK_JARS/spark-hive-thriftserver_2.13-4.2.0.jar" ]] \
  || rp_die "spark-hive-thriftserver_2.13-4.2.0.jar not found in $RP_PYSPARK_JARS (pyspark==4.2.0 expected)"
unset HIVE_SERVER2_THRIFT_PORT HIVE_SERVER2_THRIFT_BIND_HOST
exec java -Xmx"${RP_HEAP:-4g}" -XX:+UseParallelGC "${RP_JVM_OPENS[@]}" \
  -Dlog4j2.configurationFile="$RP_HOME/conf/log4j2.properties" \
  -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
  ${RP_JAVA_OPTS:-} \
  -cp "$RP_JAR:$(cat "$RP_TARGET/classpath.txt"):$RP_PYSPARK_JARS/*" io.regionpulse.jobs.Main serve "$@"
