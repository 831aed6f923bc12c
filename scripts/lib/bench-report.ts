import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BurstResult } from "./bench-burst";
import type { JourneyResult } from "./bench-measure";

export type Machine = { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string; loadAvg: number[] };

export type BenchReport = {
  startedAt: string;
  pegawai: number;
  smoke: boolean;
  machine: Machine;
  options: { connections: number; durationSec: number; warmupSec: number };
  journeys: JourneyResult[];
  targets: TargetCheck[];
  burst?: BurstResult;
};

export type TargetCheck = { ok: boolean; text: string };

// The product's targets from issue 6, at 50,000 pegawai and 16 connections.
export const TARGETS = { minRatio: 0.6, maxP95Ms: 100, maxSql: 8, monitoringP95Ms: 500 } as const;

export function machineInfo(): Machine {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? "?",
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAvg: os.loadavg().map((n) => Math.round(n * 100) / 100),
  };
}

/** Sign-in is left out of the speed targets: argon2 is slow on purpose (see lib/server/autentikasi/password.ts). */
export function checkTargets(journeys: JourneyResult[], burst?: BurstResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const j of journeys) {
    if (j.role === "plafon") continue;
    const answered = j.requests > 0;
    if (j.role === "pegawai" || j.role === "atasan") {
      checks.push({ ok: j.ratio >= TARGETS.minRatio, text: `${j.label}: ${pct(j.ratio)} dari plafon (target ≥ ${pct(TARGETS.minRatio)})` });
      checks.push({ ok: answered && j.p95 <= TARGETS.maxP95Ms, text: `${j.label}: p95 ${p95Text(j)} (target ≤ ${TARGETS.maxP95Ms} ms)` });
    }
    if (j.key === "monitoring") {
      checks.push({ ok: answered && j.p95 <= TARGETS.monitoringP95Ms, text: `${j.label}: p95 ${p95Text(j)} (target ≤ ${TARGETS.monitoringP95Ms} ms)` });
    }
    checks.push({ ok: j.sqlPerRequest <= TARGETS.maxSql, text: `${j.label}: ${num(j.sqlPerRequest)} SQL/permintaan (target ≤ ${TARGETS.maxSql})` });
    checks.push({ ok: j.errors === 0 && answered, text: `${j.label}: ${j.errors} galat dari ${j.requests} permintaan terjawab (target 0)` });
  }
  if (burst) {
    checks.push({ ok: burst.errors === 0 && burst.lostUpdates === 0, text: `Lonjakan tenggat ${burst.count} SKP: ${burst.errors} galat, ${burst.lostUpdates} pembaruan hilang (target 0 dan 0)` });
  }
  return checks;
}

export function markdownReport(r: BenchReport): string {
  const lines = [
    `## Benchmark e-Kinerja: ${r.pegawai.toLocaleString("id-ID")} pegawai${r.smoke ? " (uji asap, angka tidak bermakna)" : ""}`,
    "",
    `${r.startedAt}. ${machineLine(r.machine)}`,
    `Build produksi (\`next start\`), ${r.options.connections} koneksi, ${r.options.durationSec} s per perjalanan setelah pemanasan ${r.options.warmupSec} s.`,
    "",
    "| Perjalanan | req/s | p50 | p95 | p99 | Galat | SQL/req | Rasio thd plafon |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...r.journeys.map((j) => {
      // No answer inside the run: every latency is longer than the run itself.
      const lat = (v: number) => (j.requests > 0 ? ms(v) : `> ${r.options.durationSec} s`);
      return `| ${j.label} | ${num(j.rps)} | ${lat(j.p50)} | ${lat(j.p95)} | ${lat(j.p99)} | ${j.errors} | ${num(j.sqlPerRequest)} | ${pct(j.ratio)} |`;
    }),
  ];
  if (r.burst) lines.push("", burstLine(r.burst));
  if (!r.smoke) lines.push("", "Target:", "", ...r.targets.map((t) => `- ${t.ok ? "✓" : "✗"} ${t.text}`));
  const samples = r.journeys.filter((j) => j.errorSamples.length > 0);
  if (samples.length > 0) lines.push("", "Contoh galat:", "", ...samples.map((j) => `- ${j.label}: ${j.errorSamples.join(" | ").replaceAll("\n", " ")}`));
  return `${lines.join("\n")}\n`;
}

/** Growth: p95 and SQL per request of each journey at two sizes, side by side. */
export function compareMarkdown(a: BenchReport, b: BenchReport): string {
  const sizes = [a, b].map((r) => r.pegawai.toLocaleString("id-ID"));
  const lines = [
    `## Pertumbuhan: ${sizes[0]} → ${sizes[1]} pegawai`,
    "",
    machineLine(b.machine),
    "",
    `| Perjalanan | p95 ${sizes[0]} | p95 ${sizes[1]} | Perubahan | SQL/req ${sizes[0]} | SQL/req ${sizes[1]} | Perubahan |`,
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const ja of a.journeys) {
    const jb = b.journeys.find((j) => j.key === ja.key);
    if (!jb) continue;
    lines.push(`| ${ja.label} | ${ms(ja.p95)} | ${ms(jb.p95)} | ${change(ja.p95, jb.p95)} | ${num(ja.sqlPerRequest)} | ${num(jb.sqlPerRequest)} | ${change(ja.sqlPerRequest, jb.sqlPerRequest)} |`);
  }
  const grew = a.journeys.filter((ja) => (b.journeys.find((j) => j.key === ja.key)?.sqlPerRequest ?? 0) > ja.sqlPerRequest + 0.5);
  lines.push("", grew.length === 0 ? "✓ Jumlah SQL per permintaan tidak tumbuh dengan data." : `✗ Jumlah SQL tumbuh dengan data: ${grew.map((j) => j.label).join(", ")}.`);
  return `${lines.join("\n")}\n`;
}

export function writeReport(name: string, json: unknown, markdown: string): { json: string; md: string } {
  mkdirSync("bench-results", { recursive: true });
  const files = { json: path.join("bench-results", `${name}.json`), md: path.join("bench-results", `${name}.md`) };
  writeFileSync(files.json, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(files.md, markdown);
  return files;
}

export function burstLine(b: BurstResult): string {
  return (
    `Lonjakan tenggat: ${b.count} pegawai mengajukan SKP bersamaan dan atasannya menyetujui masing-masing: ` +
    `selesai dalam ${(b.elapsedMs / 1000).toFixed(1)} s; ajukan p95 ${ms(b.ajukanP95)}, setujui p95 ${ms(b.setujuiP95)}; ` +
    `${b.errors} galat, ${b.lostUpdates} pembaruan hilang.`
  );
}

function machineLine(m: Machine): string {
  return `Mesin: ${m.cpus} CPU (${m.cpuModel}), RAM ${m.memoryGb} GB, Node ${m.node}, ${m.platform}; beban rata-rata saat mulai ${m.loadAvg.join(" / ")}.`;
}

function change(before: number, after: number): string {
  if (before === 0) return after === 0 ? "0 %" : "—";
  const p = ((after - before) / before) * 100;
  return `${p >= 0 ? "+" : ""}${p.toFixed(0)} %`;
}

const p95Text = (j: JourneyResult) => (j.requests > 0 ? ms(j.p95) : "tidak terukur (tak satu pun terjawab selama uji)");
const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
const pct = (n: number) => `${Math.round(n * 100)} %`;
