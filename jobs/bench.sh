#!/usr/bin/env bash
# The benchmark: every stage at 10k and 100k generated documents on local[1] and local[2], next to
# two single-core floors measured in the same run over the same corpus (read+decode alone; HanLP
# segmentation alone over the cleaned text). Stage timings come from the runs table.
#
#   jobs/bench.sh [--docs 10000,100000] [--masters 'local[1],local[2]'] [--out DIR]
#                 [--floors-limit N] [--profile] [--seed S]
#   jobs/bench.sh --docs 1000000            # the long run (local[2] only unless --masters is given)
#   jobs/bench.sh --dedup 10000,50000,100000,200000   # the dedup stage alone, growing corpus
#   jobs/bench.sh --history 20000 --day 2000 [--portal-share 0.5] [--keep-history] [--maintain-history]
#                                                     # a night: one crawl day into an empty warehouse
#                                                     # and into one holding --history documents
#   jobs/bench.sh --maintain 30 [--day 100] [--max-minutes M]   # maintain after 30 small nightly runs
#
# --out (default /tmp/regionpulse-bench) keeps corpora (reused when the same size and seed exist),
# warehouses, /usr/bin/time reports, floors and report.md (Markdown for docs/benchmarks.md).
# --dedup SIZES times only the dedup stage (io.regionpulse.dedup.eval.DedupBench: generated
# documents of syndicated stories written to a fresh warehouse, the clock over DedupJob.run) on
# the first of --masters (default local[2]) and writes dedup.md; no pipeline, no floors.
# --profile records the whole local[2] run of the largest size with Java Flight Recorder and
# prints the hottest methods per thread kind (needs the JDK's jfr tool).
# --floors-limit: the floors measure at most this many pages (default 20000; 0 = all).
# --history N --day M: generates N pages of crawl days (M pages a day, published mostly on their
# crawl day with a tail over the 14 days before) and the next crawl day of M pages; runs the day
# into an empty warehouse, the history into another, then the same day into (a copy of) that one.
# Reports per stage wall and CPU seconds of both day runs, their ratio, rows read from files and
# shuffles (Spark stage metrics, jobs/lib/bench_night.py), peak RSS, pages/s and MB/s (uncompressed).
# --portal-share: share of the WARC pages (a fifth of all) written as 30-150 KB portal pages
# (default 0.5). --keep-history reuses the history warehouse of an earlier run with the same N
# (or one copied into --out, e.g. built by another commit with the same table layout) and that
# run's day-into-empty measurement. --maintain-history runs `maintain` once on the history
# warehouse before the night (compacted, documents and children clustered by published_date, as
# a deployment that runs maintain keeps its archive; marked done by a .maintained file).
# --reuse-snapshot: run the build already snapshotted in --out (e.g. the baseline commit's, to
# compare it with the working tree's in another --out) instead of building and copying anew.
# --maintain N: N crawl days of --day pages (default 100 here) through every stage into one
# warehouse, one night after the other in one JVM (io.regionpulse.bench.MaintainBench), then
# maintain; prints per table files, MB, parquet files on disk and a row fingerprint before/after
# and the answers of a few queries; exit 1 unless every table with more files than partitions has
# fewer files and nothing changed.
# Nights already in --out/maintain/warehouse are kept (a killed run continues); --max-minutes
# starts no night after M minutes and maintains the nights done.
# Environment: RP_HEAP (pipeline heap, default 6g), RP_JAVA_OPTS.
source "$(dirname "$0")/lib/common.sh"
cd "$RP_HOME_CWD"

history="" day=2000 day_given="" maintain="" max_minutes=0 portal=0.5 keep_history=0 reuse_snapshot=0 maintain_history=0
docs="10000,100000" masters="" dedup="" out="/tmp/regionpulse-bench" floors_limit=20000 profile=0 seed=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --docs) docs="$2"; shift 2 ;;
    --masters) masters="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --floors-limit) floors_limit="$2"; shift 2 ;;
    --profile) profile=1; shift ;;
    --dedup) dedup="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --history) history="$2"; shift 2 ;;
    --day) day="$2"; day_given="$2"; shift 2 ;;
    --maintain) maintain="$2"; shift 2 ;;
    --max-minutes) max_minutes="$2"; shift 2 ;;
    --portal-share) portal="$2"; shift 2 ;;
    --keep-history) keep_history=1; shift ;;
    --maintain-history) maintain_history=1; shift ;;
    --reuse-snapshot) reuse_snapshot=1; shift ;;
    -h|--help) sed -n '2,38p' "$0"; exit 0 ;;
    *) rp_die "unknown option $1 (see jobs/bench.sh --help)" ;;
  esac
done
masters_given="$masters"
if [[ -n "$maintain" ]]; then
  m="${masters_given%%,*}"; [[ -n "$m" ]] || m="local[2]"
  mkdir -p "$out/maintain"
  RP_HEAP="${RP_HEAP:-3g}" rp_tool io.regionpulse.bench.MaintainBench --out "$out/maintain" --days "$maintain" \
    --per-day "${day_given:-100}" --seed "$seed" --master "$m" --max-minutes "$max_minutes" | tee "$out/maintain.md"
  exit "${PIPESTATUS[0]}"
fi
if [[ -z "$masters" ]]; then
  masters="local[1],local[2]"
  for n in ${docs//,/ }; do [[ "$n" -ge 1000000 ]] && masters="local[2]"; done
fi
command -v python3 >/dev/null || rp_die "python3 is needed for the report"
[[ -x /usr/bin/time ]] || rp_die "/usr/bin/time (GNU time) is needed for peak memory"

# One build, then a snapshot: the whole benchmark runs the same code even if the sources change.
mkdir -p "$out"
out="$(cd "$out" && pwd)"
snap="$out/snapshot"
if [[ $reuse_snapshot -eq 1 && -f "$snap/regionpulse.jar" ]]; then
  commit="$(cat "$snap/commit" 2>/dev/null || echo unknown)"
else
  rp_build_tools
  mkdir -p "$snap"
  cp "$RP_JAR" "$snap/regionpulse.jar"
  cp "$RP_TARGET/classpath.txt" "$snap/classpath.txt"
  rm -rf "$snap/tools" && cp -r "$RP_TARGET/test-classes" "$snap/tools"
  commit="$(git -C "$RP_HOME" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  [[ -z "$(git -C "$RP_HOME" status --porcelain -- src 2>/dev/null)" ]] || commit="$commit+changes"
  echo "$commit" > "$snap/commit"
fi
cp_all="$snap/tools:$snap/regionpulse.jar:$(cat "$snap/classpath.txt")"

# jcmd_java HEAP ARGS... → the java command line in CMD
java_cmd() {
  local heap="$1"; shift
  CMD=(java -Xmx"$heap" -XX:+UseParallelGC "${RP_JVM_OPENS[@]}" -Dlog4j2.configurationFile="$RP_HOME/conf/log4j2.properties"
    -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 ${RP_JAVA_OPTS:-} -cp "$cp_all" "$@")
}

# run_night TAG WAREHOUSE CORPUS: one pipeline run under /usr/bin/time, stage CPU from /proc,
# Spark stage I/O to io-TAG.csv, the runs rows to runs-TAG.csv
run_night() {
  local tag="$1" wh="$2" corpus="$3" m="${masters_given%%,*}"
  [[ -n "$m" ]] || m="local[2]"
  local inputs=() d
  for d in jsonl warc pages bad; do [[ -d "$corpus/$d" ]] && inputs+=(--input "$corpus/$d"); done
  rm -f "$out/io-$tag.csv"
  RP_JAVA_OPTS="${RP_JAVA_OPTS:-} -Dregionpulse.bench.io-log=$out/io-$tag.csv" \
    java_cmd "${RP_HEAP:-6g}" io.regionpulse.jobs.Main pipeline "${inputs[@]}" --warehouse "$wh" --master "$m" --quiet
  echo "== $tag: pipeline on $m → $wh" >&2
  local start; start=$(date +%s.%N)
  /usr/bin/time -v -o "$out/time-$tag.txt" "${CMD[@]}" > "$out/pipeline-$tag.out" 2> "$out/pipeline-$tag.err" &
  local tpid=$!
  python3 "$RP_HOME/jobs/lib/stage_cpu.py" --parent "$tpid" --stdout "$out/pipeline-$tag.out" --out "$out/cpu-$tag.csv" &
  local cpid=$!
  wait "$tpid" || { tail -20 "$out/pipeline-$tag.err" >&2; rp_die "pipeline failed ($tag)"; }
  wait "$cpid" || true
  cat "$out/pipeline-$tag.out" >&2
  python3 -c "import time; print(round(time.time() - $start, 1))" > "$out/wall-$tag.txt"
  java_cmd 2g io.regionpulse.jobs.Main sql --warehouse "$wh" --format csv --limit 100 \
    "SELECT run_id, stage, input_rows, output_rows, rejected_rows, unix_millis(started_at) AS started_ms, unix_millis(finished_at) AS finished_ms FROM runs ORDER BY started_at"
  "${CMD[@]}" 2>/dev/null | tr -d '\r' > "$out/runs-$tag.csv"
}

if [[ -n "$history" ]]; then
  gen_crawl() { # DIR DOCS FIRST_DOC
    if ! grep -q "\"docs\":$2,\"first_doc\":$3,.*\"per_day\":$day,\"portal_share\":$portal," "$1/manifest.json" 2>/dev/null; then
      echo "== generating $2 crawl-day pages from page $3 into $1" >&2
      rm -rf "$1"
      java_cmd 3g io.regionpulse.gen.CorpusGenerator --docs "$2" --first-doc "$3" --out "$1" --seed "$seed" \
        --crawl-start 2024-01-01 --per-day "$day" --files-up-to 0 --batch 1000 --portal-share "$portal"
      "${CMD[@]}" >&2
    fi
  }
  hc="$out/crawl-history-$history-$day-s$seed" dc="$out/crawl-day-$history-$day-s$seed"
  gen_crawl "$hc" "$history" 0
  gen_crawl "$dc" "$day" "$history"
  # uncompressed bytes of the day's input (what the pipeline decodes)
  day_bytes=$(python3 -c "
import gzip, os, sys
n = 0
for root, _, files in os.walk(sys.argv[1]):
    for f in files:
        p = os.path.join(root, f)
        if f.endswith('.gz') and f != 'truth.jsonl.gz':
            with gzip.open(p) as g:
                while (b := g.read(1 << 20)):
                    n += len(b)
        elif f not in ('manifest.json', 'truth.jsonl', 'truth.jsonl.gz'):
            n += os.path.getsize(p)
print(n)" "$dc")
  if [[ $keep_history -eq 0 || ! -s "$out/runs-day-empty.csv" ]]; then
    rm -rf "$out/wh-day-empty"
    run_night day-empty "$out/wh-day-empty" "$dc"
  fi
  hw="$out/wh-history-$history-$day"
  if [[ $keep_history -eq 0 || ! -d "$hw/runs" ]]; then
    rm -rf "$hw"
    run_night history "$hw" "$hc"
  fi
  if [[ $maintain_history -eq 1 && ! -e "$hw/.maintained" ]]; then
    # an archive as a deployment keeps it: compacted and date-clustered by maintain
    echo "== maintain of $hw" >&2
    java_cmd "${RP_HEAP:-6g}" io.regionpulse.jobs.Main maintain --warehouse "$hw"
    /usr/bin/time -v -o "$out/time-maintain.txt" "${CMD[@]}" > "$out/maintain.out" 2>&1 \
      || { tail -20 "$out/maintain.out" >&2; rp_die "maintain failed"; }
    touch "$hw/.maintained"
  fi
  rm -rf "$out/wh-day-history" && cp -a "$hw" "$out/wh-day-history"
  run_night day-history "$out/wh-day-history" "$dc"
  rm -rf "$out/wh-day-history"
  python3 "$RP_HOME/jobs/lib/bench_night.py" --dir "$out" --history "$history" --day "$day" \
    --day-bytes "$day_bytes" --commit "$commit" --portal-share "$portal" > "$out/night.md"
  cat "$out/night.md"
  exit 0
fi

if [[ -n "$dedup" ]]; then
  m="${masters_given%%,*}"; [[ -n "$m" ]] || m="local[2]"
  echo "== dedup alone on $m: ${dedup//,/ } documents → $out/dedup" >&2
  java_cmd "${RP_HEAP:-6g}" io.regionpulse.dedup.eval.DedupBench "$out/dedup" "$m" ${dedup//,/ }
  /usr/bin/time -v -o "$out/time-dedup.txt" "${CMD[@]}" 2> "$out/dedup.err" | tee "$out/dedup-table.md" \
    || { tail -20 "$out/dedup.err" >&2; rp_die "dedup benchmark failed"; }
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time-dedup.txt")
  { echo "### Dedup alone, $(date -u '+%Y-%m-%d %H:%M UTC') (commit $commit, $m)"; echo
    echo "Machine: \`nproc\` = $(nproc), memory $(free -h | awk '/^Mem:/ {print $2}'), CPU $(lscpu | sed -n 's/^Model name: *//p' | head -1); load average at the end $(cut -d' ' -f1-3 /proc/loadavg); peak RSS of the JVM $((rss / 1024)) MB."; echo
    cat "$out/dedup-table.md"; } > "$out/dedup.md"
  cat "$out/dedup.md"
  exit 0
fi

results="$out/stages.csv"
echo "docs,master,stage,input_rows,output_rows,rejected_rows,seconds,corpus_bytes,peak_rss_kb,wall_seconds,cpu_seconds" > "$results"
floors_csv="$out/floors.csv"
echo "docs,measure,measured_docs,bytes,chars,seconds,docs_per_s,mb_per_s" > "$floors_csv"
largest="$(tr ',' '\n' <<< "$docs" | sort -n | tail -1)"

for n in ${docs//,/ }; do
  corpus="$out/corpus-$n-s$seed"
  if ! grep -q "\"docs\":$n," "$corpus/manifest.json" 2>/dev/null; then
    echo "== generating $n documents into $corpus" >&2
    rm -rf "$corpus"
    java_cmd 3g io.regionpulse.gen.CorpusGenerator --docs "$n" --out "$corpus" --seed "$seed"
    "${CMD[@]}" >&2
  fi
  # The pages only: truth.jsonl and manifest.json are not crawl input.
  inputs=() dirs=()
  for d in pages jsonl warc bad; do
    [[ -d "$corpus/$d" ]] && inputs+=(--input "$corpus/$d") && dirs+=("$corpus/$d")
  done
  bytes="$(du -sb --apparent-size "${dirs[@]}" | awk '{s += $1} END {print s}')"

  echo "== floors over $corpus (one core, at most $floors_limit pages)" >&2
  java_cmd 3g io.regionpulse.bench.Floors "${inputs[@]}" --limit "$floors_limit" --out "$out/floors-$n.csv"
  "${CMD[@]}" >&2
  tail -n +2 "$out/floors-$n.csv" | sed "s/^/$n,/" >> "$floors_csv"

  for m in ${masters//,/ }; do
    wh="$out/warehouse-$n-${m//[^a-z0-9]/}"
    rm -rf "$wh"
    opts="${RP_JAVA_OPTS:-}"
    if [[ $profile -eq 1 && "$n" == "$largest" && "$m" == "local[2]" ]]; then
      RP_JAVA_OPTS="$opts -XX:StartFlightRecording=filename=$out/pipeline-$n.jfr,settings=profile,dumponexit=true"
    fi
    echo "== pipeline $n documents on $m → $wh" >&2
    java_cmd "${RP_HEAP:-6g}" io.regionpulse.jobs.Main pipeline "${inputs[@]}" --warehouse "$wh" --master "$m" --quiet
    RP_JAVA_OPTS="$opts"
    tag="$n-${m//[^a-z0-9]/}"
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$out/time-$tag.txt" "${CMD[@]}" > "$out/pipeline-$tag.out" 2> "$out/pipeline-$tag.err" &
    tpid=$!
    python3 "$RP_HOME/jobs/lib/stage_cpu.py" --parent "$tpid" --stdout "$out/pipeline-$tag.out" --out "$out/cpu-$tag.csv" &
    cpid=$!
    wait "$tpid" || { tail -20 "$out/pipeline-$tag.err" >&2; rp_die "pipeline failed ($n documents on $m)"; }
    wait "$cpid" || true
    cat "$out/pipeline-$tag.out" >&2
    wall=$(python3 -c "import time; print(round(time.time() - $start, 1))")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/time-$tag.txt")
    java_cmd 2g io.regionpulse.jobs.Main sql --warehouse "$wh" --format csv --limit 100 \
      "SELECT stage, input_rows, output_rows, rejected_rows, (unix_millis(finished_at) - unix_millis(started_at)) / 1000.0 AS seconds FROM runs ORDER BY started_at"
    "${CMD[@]}" 2>/dev/null | tail -n +2 | tr -d '\r' | while IFS= read -r line; do
      cpu=$(awk -F, -v s="${line%%,*}" '$1 == s {print $2}' "$out/cpu-$tag.csv")
      echo "$n,$m,$line,$bytes,$rss,$wall,${cpu:-}" >> "$results"
    done
  done
done

if [[ $profile -eq 1 && -f "$out/pipeline-$largest.jfr" ]]; then
  echo "== profile: hottest frames of $out/pipeline-$largest.jfr" >&2
  jfr print --stack-depth 64 --events jdk.ExecutionSample "$out/pipeline-$largest.jfr" > "$out/samples.txt"
  python3 "$RP_HOME/jobs/lib/jfr_top.py" "$out/samples.txt" > "$out/profile.txt"
  cat "$out/profile.txt"
fi

python3 "$RP_HOME/jobs/lib/bench_report.py" --stages "$results" --floors "$floors_csv" --commit "$commit" > "$out/report.md"
cat "$out/report.md"
echo "report: $out/report.md (stages.csv, floors.csv, time-*.txt beside it)" >&2
