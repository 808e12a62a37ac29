#!/usr/bin/env bash
# Extracts the held-out set (test/heldout, other provinces than the dev set) and scores it against its gold.
# Usage: scripts/eval-heldout.sh [extra score.mjs args, e.g. --json]   (from the repo root)
# The scorer is not part of this repo: it is read from ../shared/eval/score.mjs (override with SCORER=...).
# Measurement only; deliberately not part of `npm test`.
set -euo pipefail
SCORER=${SCORER:-../shared/eval/score.mjs}
PRED=${PRED:-/tmp/govkg-heldout-pred.jsonl}
node bin/govkg.js extract --jsonl test/heldout/articles.jsonl > "$PRED"
echo "predictions: $PRED ($(wc -l < "$PRED") docs)" >&2
if [[ ! -f "$SCORER" ]]; then
  echo "scorer not found at $SCORER: predictions written but NOT scored (set SCORER=path/to/score.mjs)" >&2
  exit 0
fi
node "$SCORER" --gold test/heldout/gold.jsonl --pred "$PRED" "$@"
