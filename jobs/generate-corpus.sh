#!/usr/bin/env bash
# Generate a synthetic regional-news corpus with ground truth (truth.jsonl), for benchmarks and
# accuracy runs at scale. All pages are written by the generator from templates (no crawled text).
#
#   jobs/generate-corpus.sh --docs N --out DIR [--seed S] [--bad-ratio R]
#                           [--files-up-to N] [--batch N] [--threads N] [--truth-format auto|plain|gzip]
#
# Up to --files-up-to docs (default 20000) every input format is written as individual files and
# small batches; above it pages go into jsonl.gz and warc.gz batches of --batch (default 10000).
# --bad-ratio salts the corpus with broken inputs (empty, binary, invalid UTF-8, undeclared GBK,
# truncated .gz and WARC, broken JSON lines, oversize pages); the truth gives the expected
# reject reason of each. Truth is DIR/truth.jsonl, or DIR/truth.jsonl.gz above --files-up-to
# (see DIR/manifest.json). The same --seed gives the same files.
#
# Scoring extraction against the truth (inspect-format JSON lines, matched by file + URL/offset):
#   jobs/inspect.sh DIR/jsonl/part-00000.jsonl.gz > /tmp/out.jsonl
#   jobs/generate-corpus.sh score --corpus DIR /tmp/out.jsonl   → one JSON object of rates
# Environment: RP_HEAP (default 2g), RP_JAVA_OPTS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$RP_HOME_CWD"
if [[ "${1:-}" == "score" ]]; then
  shift
  RP_HEAP="${RP_HEAP:-2g}" rp_tool io.regionpulse.gen.TruthScorer "$@"
fi
RP_HEAP="${RP_HEAP:-2g}" rp_tool io.regionpulse.gen.CorpusGenerator "$@"
