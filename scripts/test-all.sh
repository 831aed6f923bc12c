#!/usr/bin/env bash
# `npm test`: every tier in order — typecheck and lint, unit, integration (real PostgreSQL),
# end-to-end (Chromium against the production build), two instances behind nginx with the
# fault checks, and a few-second benchmark smoke run.
# Keeps going after a failing tier so one run shows everything, then prints one line:
# `tests: N passed, N failed`.
set -u
cd "$(dirname "$0")/.."
out=.data/test-results
rm -rf "$out" && mkdir -p "$out"
static_failed=0

echo "== Typecheck =="
npx tsc --noEmit || static_failed=$((static_failed + 1))
echo "== Lint =="
npx eslint . || static_failed=$((static_failed + 1))
echo "$static_failed" > "$out/static-failed"

echo "== Unit =="
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$out/unit.json"
echo "== Integration =="
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json="$out/integration.json"
echo "== End-to-end =="
npx tsx scripts/e2e.ts
echo "== Klaster (dua instance di belakang nginx) dan gangguan =="
npx tsx scripts/cluster-test.ts --summary "$out/cluster.json"
echo "== Benchmark smoke (proves npm run bench still works; asserts no timing) =="
npx tsx scripts/bench.ts --smoke --dist-dir .next --summary "$out/bench-smoke.json"

npx tsx scripts/test-summary.ts "$out"
