import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { readSqlCount } from "./bench-http";
import type { LoadRequest, LoadResult, LoadSpec } from "./bench-load";

export type Role = "plafon" | "pegawai" | "atasan" | "admin" | "anonim";

export type Journey = {
  key: string;
  label: string;
  role: Role;
  expect: LoadSpec["expect"];
  /** Cycled through under load. */
  requests: LoadRequest[];
  /** Sent one by one to count SQL statements per request; by default the first few of `requests`. */
  countRequests?: LoadRequest[];
  /** Each request uses up a document (submitting an SKP), so the run stops when they run out. */
  consumable?: { warmup: LoadRequest[] };
};

export type JourneyResult = {
  key: string;
  label: string;
  role: Role;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  meanKb: number;
  errors: number;
  errorSamples: string[];
  sqlPerRequest: number;
  /** This journey's requests/s over the trivial page's. */
  ratio: number;
};

export type MeasureOptions = { baseUrl: string; connections: number; durationSec: number; warmupSec: number; countPasses: number };

/** Warm-up, the measured run (both in the load generator's own process), then the SQL count. */
export async function measureJourney(journey: Journey, o: MeasureOptions): Promise<JourneyResult> {
  const base = { baseUrl: o.baseUrl, connections: o.connections, expect: journey.expect };
  if (journey.consumable) {
    if (journey.consumable.warmup.length > 0) await runLoadProcess({ ...base, durationSec: o.warmupSec, requests: journey.consumable.warmup, amount: journey.consumable.warmup.length });
  } else if (o.warmupSec > 0) {
    await runLoadProcess({ ...base, durationSec: o.warmupSec, requests: journey.requests });
  }
  const load = await runLoadProcess({
    ...base,
    durationSec: o.durationSec,
    requests: journey.requests,
    amount: journey.consumable ? journey.requests.length : undefined,
  });
  const counted = await countSql(o.baseUrl, journey.countRequests ?? cycle(journey.requests, o.countPasses), journey.expect);
  return {
    key: journey.key,
    label: journey.label,
    role: journey.role,
    requests: load.requests,
    rps: load.seconds > 0 ? load.requests / load.seconds : 0,
    ...load.latenciesMs,
    meanKb: load.meanKb,
    errors: load.errors + counted.errors,
    errorSamples: [...load.errorSamples, ...counted.errorSamples].slice(0, 3),
    sqlPerRequest: counted.perRequest,
    ratio: 0,
  };
}

/**
 * Requests sent one at a time with nothing else running, reading the app's SQL tally before
 * and after. Requests still finishing from the load run are waited out first.
 */
async function countSql(baseUrl: string, requests: LoadRequest[], expect: LoadSpec["expect"]) {
  let before = await readSqlCount(baseUrl);
  for (;;) {
    await sleep(300);
    const now = await readSqlCount(baseUrl);
    if (now === before) break;
    before = now;
  }
  let errors = 0;
  const errorSamples: string[] = [];
  for (const r of requests) {
    const response = await fetch(`${baseUrl}${r.path}`, { method: r.method, headers: r.headers, body: r.body, redirect: "manual" });
    const body = await response.text();
    const ok = response.status === expect.status && (!expect.includes || body.includes(expect.includes)) && (!expect.excludes || !body.includes(expect.excludes));
    if (!ok) {
      errors += 1;
      errorSamples.push(`hitung SQL: HTTP ${response.status}: ${body.slice(0, 160)}`);
    }
  }
  const after = await readSqlCount(baseUrl);
  return { perRequest: requests.length > 0 ? (after - before) / requests.length : 0, errors, errorSamples };
}

async function runLoadProcess(spec: LoadSpec): Promise<LoadResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ekinerja-bench-"));
  const file = path.join(dir, "spec.json");
  writeFileSync(file, JSON.stringify(spec));
  try {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "bench-load.ts"), file], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    // Bounded in time: the run's own length plus generous slack for start-up and slow answers.
    const limitMs = (spec.durationSec + 60) * 1000 + (spec.amount ?? 0) * 100;
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    clearTimeout(timer);
    if (code !== 0) throw new Error(`Generator beban berhenti dengan kode ${code}.`);
    return JSON.parse(out.trim().split("\n").at(-1) as string) as LoadResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function cycle<T>(items: T[], count: number): T[] {
  return Array.from({ length: count }, (_, i) => items[i % items.length] as T);
}
