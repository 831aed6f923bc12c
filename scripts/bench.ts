/**
 * `npm run bench`: measures every key journey of issues 6 and 11 on the production build against the
 * scale data set (`npm run seed:scale`), beside a trivial dynamic route as the framework's
 * ceiling, and writes JSON and Markdown to bench-results/.
 *
 *   --pegawai N        data set size (default 50000); seeded first, which is idempotent
 *   --connections C    concurrent connections (16)      --duration S   seconds per journey (10)
 *   --warmup S         warm-up seconds (2)              --journeys a,b only these journeys
 *   --compare A,B      both sizes, then p95 and SQL/request side by side
 *   --burst N          deadline burst only: N pegawai submit at once, their atasan approve
 *   --smoke            tiny run for CI (200 pegawai, 1 s, 2 connections, burst of 10); asserts
 *                      only that every journey answered correctly, never timing
 *   --dist-dir D       build folder (default .next-bench; CI passes .next to reuse e2e's build)
 *   --summary F        with --smoke: also write {"passed","failed"} to F for scripts/test-summary.ts
 *   --profile          run the server under `node --cpu-prof`; the .cpuprofile lands in bench-results/
 */
import { writeFileSync } from "node:fs";
import pg from "pg";
import { withDatabase } from "./lib/demo-env";
// Renamed here: the React hooks lint rule reads any `use…` call as a hook.
import { attachEmbeddedPostgres, scratchDataDir, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations, ensureDatabase } from "./lib/migrator";
import { freePort } from "./lib/net";
import { runBurst, type BurstResult } from "./lib/bench-burst";
import { loadFixtures, pickSubmittableSkps, restoreSkps, type SavedSkp } from "./lib/bench-data";
import { actionRef, fetchCsrf, signInAll, type Session } from "./lib/bench-http";
import { buildJourneys, type SubmitItem } from "./lib/bench-journeys";
import { loadProgresFixtures, removeAddedProgres, type ProgresFixtures } from "./lib/bench-progres";
import { measureJourney, type JourneyResult, type MeasureOptions } from "./lib/bench-measure";
import { burstLine, checkTargets, compareMarkdown, machineInfo, markdownReport, writeReport, type BenchReport } from "./lib/bench-report";
import { startBenchServer } from "./lib/bench-server";
import { scaleDatabase, seedScale } from "./seed-scale";

type Options = {
  connections: number;
  durationSec: number;
  warmupSec: number;
  countPasses: number;
  submitPool: number;
  /** Pegawai who add Progres Harian entries today. */
  progresAdders: number;
  journeys: string[] | null;
  burst: number | null;
  burstOnly: boolean;
  smoke: boolean;
  distDir: string;
  profile: boolean;
};

async function main(): Promise<number> {
  const flag = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? "") : undefined;
  };
  const smoke = process.argv.includes("--smoke");
  const burst = flag("burst");
  const options: Options = {
    connections: Number(flag("connections") ?? (smoke ? 2 : 16)),
    durationSec: Number(flag("duration") ?? (smoke ? 1 : 10)),
    warmupSec: Number(flag("warmup") ?? (smoke ? 0 : 2)),
    countPasses: smoke ? 2 : 5,
    submitPool: smoke ? 20 : 400,
    progresAdders: smoke ? 4 : 64,
    journeys: flag("journeys")?.split(",") ?? null,
    burst: burst ? Number(burst) : smoke ? 10 : null,
    burstOnly: Boolean(burst),
    smoke,
    distDir: flag("dist-dir") ?? ".next-bench",
    profile: process.argv.includes("--profile"),
  };
  const compare = flag("compare")?.split(",").map(Number);
  const sizes = compare ?? [Number(flag("pegawai") ?? (smoke ? 200 : 50000))];
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error("Ukuran data harus bilangan bulat ≥ 100.");

  const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-");
  const reports: BenchReport[] = [];
  for (const pegawai of sizes) {
    const report = await benchSize(pegawai, options);
    const files = writeReport(`${stamp}-${pegawai}`, report, markdownReport(report));
    console.log(`\n${markdownReport(report)}\nHasil: ${files.md} dan ${files.json}`);
    reports.push(report);
  }
  if (reports.length === 2) {
    const [a, b] = reports as [BenchReport, BenchReport];
    const markdown = compareMarkdown(a, b);
    const files = writeReport(`${stamp}-banding-${a.pegawai}-${b.pegawai}`, { sizes, reports }, markdown);
    console.log(`\n${markdown}\nHasil: ${files.md}`);
  }
  return smoke ? smokeVerdict(reports[0] as BenchReport, flag("summary")) : 0;
}

async function benchSize(pegawai: number, o: Options): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  const { databaseUrl, stop: stopDb } = o.smoke ? await throwawayDatabase() : await scaleDatabaseUrl(pegawai);
  const client = new pg.Client({ connectionString: databaseUrl });
  let stopServer = async () => undefined as unknown;
  const onInterrupt = () => void stopServer().finally(() => process.exit(130));
  process.once("SIGINT", onInterrupt);
  try {
    await applyMigrations(databaseUrl);
    const accounts = await seedScale(databaseUrl, pegawai);
    const server = await startBenchServer({ databaseUrl, distDir: o.distDir, profileDir: o.profile ? "bench-results" : undefined });
    stopServer = server.stop;
    console.log(`• Aplikasi berjalan di ${server.baseUrl} (log: ${server.logFile})`);
    await client.connect();
    const fixtures = await loadFixtures(client, accounts);

    let journeys: JourneyResult[] = [];
    if (!o.burstOnly) {
      console.log("• Masuk sebagai pegawai, atasan dan admin…");
      const base = await signInAll(server.baseUrl, [accounts.pegawai8Rhk, accounts.atasan, accounts.admin], accounts.password);
      const wanted = (key: string) => key === "plafon" || !o.journeys || o.journeys.includes(key);
      const pool = wanted("ajukan-skp") ? await pickSubmittableSkps(client, accounts.kode, o.submitPool, [fixtures.skp8RhkId], ["DRAFT"]) : [];
      console.log(`• Masuk sebagai ${pool.length} pemilik SKP Draft untuk perjalanan ajukan…`);
      const owners = await signInAll(server.baseUrl, pool.map((s) => s.nip), accounts.password);
      const progresWanted = !o.journeys || o.journeys.some((k) => k.startsWith("ph-"));
      const progres: ProgresFixtures | null = progresWanted ? await loadProgresFixtures(client, accounts, o.progresAdders) : null;
      const adders = progres ? await signInAll(server.baseUrl, progres.adders.map((a) => a.nip), accounts.password) : new Map<string, Session>();
      try {
        const sessions = { pegawai: session(base, accounts.pegawai8Rhk), atasan: session(base, accounts.atasan), admin: session(base, accounts.admin) };
        const all = buildJourneys({
          baseUrl: server.baseUrl,
          accounts,
          fixtures,
          sessions,
          csrf: await fetchCsrf(server.baseUrl),
          ajukan: actionRef(o.distDir, "lib/server/actions/skp.ts", "ajukanSkp"),
          submit: splitPool(pool, owners, o),
          progres: progres && {
            fixtures: progres,
            sessions: { pegawai: sessions.pegawai, atasan: sessions.atasan, admin: sessions.admin, adders },
            simpan: actionRef(o.distDir, "lib/server/actions/progres-harian.ts", "saveProgresHarian"),
            baseUrl: server.baseUrl,
            warmup: o.warmupSec > 0 ? o.connections : 0,
            countPasses: o.countPasses,
            measuredAdds: o.smoke ? 40 : 1000,
          },
        });
        const measure: MeasureOptions = { baseUrl: server.baseUrl, ...o };
        for (const journey of all.filter((j) => wanted(j.key))) {
          const result = await measureJourney(journey, measure);
          journeys.push(result);
          console.log(`  ${consoleLine(result)}`);
        }
      } finally {
        await restoreSkps(client, pool);
        if (progres) await removeAddedProgres(client, progres);
      }
      const ceiling = journeys.find((j) => j.role === "plafon")?.rps ?? 0;
      journeys = journeys.map((j) => ({ ...j, ratio: ceiling > 0 ? j.rps / ceiling : 0 }));
    }

    let burst: BurstResult | undefined;
    if (o.burst) {
      burst = await runBurst({
        baseUrl: server.baseUrl,
        distDir: o.distDir,
        client,
        kode: accounts.kode,
        password: accounts.password,
        count: o.burst,
        exclude: [fixtures.skp8RhkId],
      });
      console.log(`  ${burstLine(burst)}`);
    }
    return {
      startedAt,
      pegawai,
      smoke: o.smoke,
      machine,
      options: { connections: o.connections, durationSec: o.durationSec, warmupSec: o.warmupSec },
      journeys,
      targets: checkTargets(journeys, burst),
      burst,
    };
  } finally {
    process.removeListener("SIGINT", onInterrupt);
    await client.end().catch(() => undefined);
    await stopServer();
    await stopDb();
  }
}

/** DATABASE_URL when set; otherwise the demo's embedded server with one database per size, as seed:scale does. */
async function scaleDatabaseUrl(pegawai: number): Promise<{ databaseUrl: string; stop: () => Promise<unknown> }> {
  if (process.env.DATABASE_URL) return { databaseUrl: process.env.DATABASE_URL, stop: async () => undefined };
  const embedded = await attachEmbeddedPostgres({ dataDir: ".data/pg", port: Number(process.env.EMBEDDED_PG_PORT ?? 5433) });
  await ensureDatabase(embedded.url, scaleDatabase(pegawai));
  return { databaseUrl: withDatabase(embedded.url, scaleDatabase(pegawai)), stop: embedded.stop };
}

/** The CI smoke runs on a server of its own, so it never meets the demo's or another run's. */
async function throwawayDatabase(): Promise<{ databaseUrl: string; stop: () => Promise<unknown> }> {
  const embedded = await startEmbeddedPostgres({ dataDir: scratchDataDir("bench"), port: await freePort(), persistent: false });
  await ensureDatabase(embedded.url, "ekinerja");
  return { databaseUrl: withDatabase(embedded.url, "ekinerja"), stop: embedded.stop };
}

/** A few Draft SKPs warm up, a few are submitted one by one to count SQL, the rest go under load. */
function splitPool(pool: SavedSkp[], sessions: Map<string, Session>, o: Options) {
  const items: SubmitItem[] = pool.map((skp) => ({ skp, session: session(sessions, skp.nip) }));
  const warmup = o.warmupSec > 0 ? o.connections : 0;
  return {
    warmup: items.slice(0, warmup),
    count: items.slice(warmup, warmup + o.countPasses),
    measured: items.slice(warmup + o.countPasses),
  };
}

function session(sessions: Map<string, Session>, nip: string): Session {
  const found = sessions.get(nip);
  if (!found) throw new Error(`Tidak ada sesi untuk NIP ${nip}.`);
  return found;
}

function consoleLine(j: JourneyResult): string {
  return (
    `${j.label}: ${j.rps.toFixed(1)} req/s, p50 ${j.p50.toFixed(1)} ms, p95 ${j.p95.toFixed(1)} ms, p99 ${j.p99.toFixed(1)} ms, ` +
    `${j.errors} galat, ${j.sqlPerRequest.toFixed(1)} SQL/req, ${j.meanKb} KB/jawaban${j.errorSamples.length ? `\n    ${j.errorSamples.join("\n    ")}` : ""}`
  );
}

/** The CI smoke asserts no timing: every journey answered with the right page, and the burst lost nothing. */
function smokeVerdict(report: BenchReport, summaryFile: string | undefined): number {
  let failed = 0;
  for (const j of report.journeys) {
    const ok = j.requests > 0 && j.errors === 0;
    if (!ok) failed += 1;
    console.log(`${ok ? "✓" : "✗"} ${j.label}: ${j.requests} jawaban benar, ${j.errors} galat`);
  }
  const b = report.burst;
  const burstOk = Boolean(b && b.errors === 0 && b.lostUpdates === 0);
  if (!burstOk) failed += 1;
  console.log(`${burstOk ? "✓" : "✗"} Lonjakan tenggat: ${b ? `${b.count} SKP, ${b.errors} galat, ${b.lostUpdates} pembaruan hilang` : "tidak berjalan"}`);
  const passed = report.journeys.length + 1 - failed;
  console.log(`bench smoke: ${passed} passed, ${failed} failed`);
  if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed, failed }));
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
