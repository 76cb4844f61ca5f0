#!/usr/bin/env bash
# The Dask driver gives exactly what `consentflow batch -` gives on the same
# JSON lines: a local scheduler with two workers on loopback, four partitions.
#   tests/scale_out/dask_batch_test.sh BINARY SHARED_DIR
set -euo pipefail
binary=$1
shared=$2
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 - "$work/corpus.jsonl" "$shared"/corpus/ca4p-dev/05*.txt <<'PY'
import json, sys
out, paths = sys.argv[1], sorted(sys.argv[2:])[:8]
with open(out, "w", encoding="utf-8") as f:
    for path in paths:
        f.write(json.dumps({"id": path.rsplit("/", 1)[-1], "text": open(path, encoding="utf-8").read()}, ensure_ascii=False) + "\n")
    f.write('{"id": "broken"}\n')
PY

set +e
"$binary" batch - --jobs 2 <"$work/corpus.jsonl" >"$work/direct.jsonl" 2>/dev/null
direct_code=$?
/usr/bin/python3 scripts/dask_batch.py "$work/corpus.jsonl" --binary "$binary" --local-workers 2 \
  --partitions 4 >"$work/dask.jsonl" 2>"$work/dask.err"
dask_code=$?
set -e
[ "$(wc -l <"$work/direct.jsonl")" -eq 9 ] || { echo "batch gave $(wc -l <"$work/direct.jsonl") lines, expected 9"; exit 1; }
cmp "$work/direct.jsonl" "$work/dask.jsonl" || { echo "dask output differs from batch"; cat "$work/dask.err"; exit 1; }
[ "$direct_code" -eq 2 ] && [ "$dask_code" -eq 2 ] || { echo "exit codes: batch $direct_code, dask $dask_code (expected 2: one broken line)"; exit 1; }
echo "dask_batch: 9 lines identical to batch, exit code 2 for the broken line"
