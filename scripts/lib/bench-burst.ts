import type pg from "pg";
import { makeDraft, pickSubmittableSkps, restoreSkps, type SavedSkp } from "./bench-data";
import { actionRef, callAction, signInAll, type ActionOutcome } from "./bench-http";

export type BurstResult = {
  count: number;
  elapsedMs: number;
  ajukanP95: number;
  setujuiP95: number;
  errors: number;
  lostUpdates: number;
  errorSamples: string[];
};

type BurstOptions = { baseUrl: string; distDir: string; client: pg.Client; kode: string; password: string; count: number; exclude: string[] };

/**
 * Deadline day: `count` pegawai press "Ajukan SKP" at the same moment, and as each submission
 * lands its atasan presses "Setujui". Both go through the real server actions. Afterwards the
 * database must show every SKP approved exactly once: status, version and riwayat all agree.
 * The SKPs are put back as they were, so the data set stays the same for the next run.
 */
export async function runBurst(o: BurstOptions): Promise<BurstResult> {
  const skps = await pickSubmittableSkps(o.client, o.kode, o.count, o.exclude, ["DRAFT", "PENGAJUAN"]);
  if (skps.length < o.count) {
    throw new Error(`Hanya ${skps.length} SKP staf yang bisa diajukan di ${o.kode}; pakai data skala yang lebih besar untuk --burst ${o.count}.`);
  }
  const ajukan = actionRef(o.distDir, "lib/server/actions/skp.ts", "ajukanSkp");
  const setujui = actionRef(o.distDir, "lib/server/actions/skp-review.ts", "setujuiSkp");
  console.log(`• Lonjakan: ${skps.length} pegawai dan ${new Set(skps.map((s) => s.atasanNip)).size} atasan masuk…`);
  const sessions = await signInAll(o.baseUrl, [...skps.map((s) => s.nip), ...skps.map((s) => s.atasanNip)], o.password);

  await makeDraft(o.client, skps);
  try {
    const ajukanMs: number[] = [];
    const setujuiMs: number[] = [];
    const failures: string[] = [];
    // How many of the two steps the app said it completed, per SKP: the database must agree.
    const steps = new Map<string, number>();
    const timed = async (list: number[], call: () => Promise<ActionOutcome>) => {
      const t = performance.now();
      const outcome = await call();
      list.push(performance.now() - t);
      return outcome;
    };
    console.log(`• Lonjakan: ${skps.length} SKP diajukan bersamaan…`);
    const started = performance.now();
    await Promise.all(
      skps.map(async (s) => {
        const pegawai = sessions.get(s.nip)?.cookie ?? "";
        const atasan = sessions.get(s.atasanNip)?.cookie ?? "";
        const a = await timed(ajukanMs, () => callAction(o.baseUrl, `/skp/${s.id}`, ajukan, pegawai, { skpId: s.id, version: s.version }));
        steps.set(s.id, 0);
        if (!a.ok) return failures.push(`ajukan ${s.id}: ${a.message ?? a.status}`);
        steps.set(s.id, 1);
        const version = Number(a.data?.version);
        const b = await timed(setujuiMs, () => callAction(o.baseUrl, `/skp-bawahan/${s.id}`, setujui, atasan, { skpId: s.id, version }));
        if (!b.ok) return failures.push(`setujui ${s.id}: ${b.message ?? b.status}`);
        steps.set(s.id, 2);
      }),
    );
    const elapsedMs = performance.now() - started;
    return {
      count: skps.length,
      elapsedMs,
      ajukanP95: p95(ajukanMs),
      setujuiP95: p95(setujuiMs),
      errors: failures.length,
      lostUpdates: await countLostUpdates(o.client, skps, steps),
      errorSamples: failures.slice(0, 3),
    };
  } finally {
    await restoreSkps(o.client, skps);
  }
}

/**
 * An SKP whose end state differs from what the app answered: after a successful ajukan and
 * setujui it must be approved, its version two higher, with exactly those two riwayat rows by
 * its owner and its atasan; a failed step must have left nothing behind.
 */
async function countLostUpdates(client: pg.Client, skps: SavedSkp[], steps: Map<string, number>): Promise<number> {
  const { rows } = await client.query<{ id: string; status: string; version: number; baru: Array<{ dari: string; ke: string; aktor: string }> | null }>(
    `SELECT s.id, s.status, s.version,
       (SELECT json_agg(json_build_object('dari', r.dari, 'ke', r.ke, 'aktor', r."aktorId") ORDER BY r."createdAt", r.ke)
        FROM "RiwayatStatus" r WHERE r.entitas = 'SKP' AND r."entitasId" = s.id AND NOT (r.id = ANY($2::uuid[]))) AS baru
     FROM "Skp" s WHERE s.id = ANY($1::uuid[])`,
    [skps.map((s) => s.id), skps.flatMap((s) => s.riwayatIds)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return skps.filter((s) => {
    const r = byId.get(s.id);
    const baru = r?.baru ?? [];
    const done = steps.get(s.id) ?? 0;
    const expected = [
      { dari: "DRAFT", ke: "PENGAJUAN", aktor: s.pegawaiId },
      { dari: "PENGAJUAN", ke: "PERSETUJUAN", aktor: s.atasanId },
    ].slice(0, done);
    const status = ["DRAFT", "PENGAJUAN", "PERSETUJUAN"][done];
    return !r || r.status !== status || r.version !== s.version + done || JSON.stringify(baru) !== JSON.stringify(expected);
  }).length;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.ceil(0.95 * sorted.length) - 1] as number);
}
