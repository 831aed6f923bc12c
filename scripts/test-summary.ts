/**
 * Adds up every tier's results into the one line CI reads. A tier whose report is missing
 * (it crashed before reporting) counts as one failure, so a broken tier is never silent.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = process.argv[2] ?? ".data/test-results";
const tiers: Array<{ name: string; passed: number; failed: number }> = [];

const staticFailed = Number(readFileSync(path.join(dir, "static-failed"), "utf8"));
tiers.push({ name: "typecheck+lint", passed: 2 - staticFailed, failed: staticFailed });

for (const name of ["unit", "integration"]) {
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; success: boolean }>(`${name}.json`);
  if (!report) tiers.push({ name, passed: 0, failed: 1 });
  else {
    // A file that fails to load has no tests, so it shows only as success=false.
    const broken = !report.success && report.numFailedTests === 0 ? 1 : 0;
    tiers.push({ name, passed: report.numPassedTests, failed: report.numFailedTests + broken });
  }
}

const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] }>("e2e.json");
if (!e2e) tiers.push({ name: "e2e", passed: 0, failed: 1 });
else {
  const setupErrors = e2e.errors?.length ? 1 : 0;
  tiers.push({ name: "e2e", passed: e2e.stats.expected + e2e.stats.flaky, failed: e2e.stats.unexpected + setupErrors });
}

const cluster = readJson<{ passed: number; failed: number }>("cluster.json");
tiers.push({ name: "cluster", passed: cluster?.passed ?? 0, failed: cluster ? cluster.failed : 1 });

const bench = readJson<{ passed: number; failed: number }>("bench-smoke.json");
tiers.push({ name: "bench-smoke", passed: bench?.passed ?? 0, failed: bench ? bench.failed : 1 });

for (const t of tiers) console.log(`${t.name.padEnd(16)} ${t.passed} lulus, ${t.failed} gagal`);
const passed = tiers.reduce((n, t) => n + t.passed, 0);
const failed = tiers.reduce((n, t) => n + t.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function readJson<T>(file: string): T | undefined {
  const full = path.join(dir, file);
  return existsSync(full) ? (JSON.parse(readFileSync(full, "utf8")) as T) : undefined;
}
