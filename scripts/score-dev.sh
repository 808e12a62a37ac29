#!/usr/bin/env bash
# Runs extract on the shared dev set and scores it (and the jieba-POS baseline with --baseline).
# Usage: scripts/score-dev.sh [--baseline]   (from the repo root; ../shared/eval must exist)
set -euo pipefail
EVAL=${EVAL:-../shared/eval}
cat "$EVAL"/gold-seed-*.jsonl > /tmp/govkg-gold.jsonl
if [[ "${1:-}" == "--baseline" ]]; then
  npx tsx bench/baselines/jieba-pos.ts --jsonl "$EVAL/seed-articles.jsonl" > /tmp/govkg-baseline.jsonl
  node "$EVAL/score.mjs" --gold /tmp/govkg-gold.jsonl --pred /tmp/govkg-baseline.jsonl
else
  npm run -s extract -- --jsonl "$EVAL/seed-articles.jsonl" > /tmp/govkg-pred.jsonl
  node "$EVAL/score.mjs" --gold /tmp/govkg-gold.jsonl --pred /tmp/govkg-pred.jsonl
fi
