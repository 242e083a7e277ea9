#!/usr/bin/env bash
# Shared by the jobs/*.sh launchers: locate the project, build the jar when missing or stale,
# and run a RegionPulse command on a local JVM (Spark included on the classpath).
set -euo pipefail

RP_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RP_VERSION="0.1.0"
RP_TARGET="${RP_TARGET:-$RP_HOME/target}"
RP_JAR="$RP_TARGET/regionpulse-$RP_VERSION.jar"
RP_CLUSTER_JAR="$RP_TARGET/regionpulse-$RP_VERSION-cluster.jar"

# Spark 4 on Java 17 needs these module openings (the pom's test runner uses the same list).
RP_JVM_OPENS=(
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false
  -Dio.netty.tryReflectionSetAccessible=true
)

# Local runs bind to loopback (no "hostname resolves to a loopback address" warnings).
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

rp_die() { echo "regionpulse: $*" >&2; exit 2; }

rp_need_java() {
  command -v java >/dev/null 2>&1 || rp_die "java not found: install a JDK 17 (and Maven 3.8+)"
  local v
  v="$(java -version 2>&1 | awk -F'"' '/version/ {print $2}' | cut -d. -f1)"
  [[ "${v:-0}" -ge 17 ]] || rp_die "Java 17 or newer is needed (found: $(java -version 2>&1 | head -1))"
}

# Build the jar (and the local classpath file) when missing or older than the sources.
rp_build() {
  rp_need_java
  local stale=""
  if [[ ! -f "$RP_JAR" || ! -f "$RP_TARGET/classpath.txt" ]]; then
    stale="missing"
  elif [[ -n "$(find "$RP_HOME/src/main" "$RP_HOME/pom.xml" "$RP_HOME/conf/regions" "$RP_HOME/conf/lexicon" -newer "$RP_JAR" -type f 2>/dev/null | head -1)" ]]; then
    stale="out of date"
  fi
  if [[ -n "$stale" ]]; then
    command -v mvn >/dev/null 2>&1 || rp_die "mvn not found: install Maven 3.8+ to build RegionPulse"
    echo "building RegionPulse jar ($stale) …" >&2
    (cd "$RP_HOME" && mvn -q -B -Dmaven.test.skip=true -Drp.buildDir="$RP_TARGET" package) >&2 \
      || rp_die "build failed (run: mvn -DskipTests package)"
  fi
}

# rp_exec_java HEAP CLASSPATH_PREFIX MAIN_CLASS ARGS... — the JVM every launcher starts: the
# prefix (empty, or tool classes ending in ':'), the jar and Spark on the classpath.
rp_exec_java() {
  local heap="$1" prefix="$2" main="$3"; shift 3
  exec java -Xmx"$heap" -XX:+UseParallelGC "${RP_JVM_OPENS[@]}" \
    -Dlog4j2.configurationFile="$RP_HOME/conf/log4j2.properties" \
    -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 \
    ${RP_JAVA_OPTS:-} \
    -cp "$prefix$RP_JAR:$(cat "$RP_TARGET/classpath.txt")" "$main" "$@"
}

# rp_java MAIN_CLASS ARGS...  — run with the jar + Spark on the classpath.
rp_java() {
  rp_build
  local main="$1"; shift
  rp_exec_java "${RP_HEAP:-6g}" "" "$main" "$@"
}

# Tools (corpus generator, benchmarks, evaluation harnesses) are not in the product jar: they
# live in src/tools/java and compile with the tests' classpath into $RP_TARGET/test-classes.
rp_build_tools() {
  rp_build
  if [[ ! -d "$RP_TARGET/test-classes/io/regionpulse/gen" || -n "$(find "$RP_HOME/src/tools" -newer "$RP_TARGET/test-classes/io/regionpulse/gen" -type f 2>/dev/null | head -1)" ]]; then
    echo "building RegionPulse tools …" >&2
    (cd "$RP_HOME" && mvn -q -B -DskipTests -Drp.buildDir="$RP_TARGET" test-compile) >&2 \
      || rp_die "tools build failed (run: mvn -DskipTests test-compile)"
    touch "$RP_TARGET/test-classes/io/regionpulse/gen"
  fi
}

# rp_tool MAIN_CLASS ARGS... — run a tool: its classes, the jar and Spark on the classpath.
rp_tool() {
  rp_build_tools
  local main="$1"; shift
  rp_exec_java "${RP_HEAP:-2g}" "$RP_TARGET/test-classes:" "$main" "$@"
}

# rp_main SUBCOMMAND ARGS... — the RegionPulse command line, from the project folder.
rp_main() {
  cd "$RP_HOME_CWD"
  rp_java io.regionpulse.jobs.Main "$@"
}
RP_HOME_CWD="$(pwd)"
