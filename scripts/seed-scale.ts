/**
 * `npm run seed:scale -- --pegawai 50000`: fills a database with one national-size instansi
 * (kode `SKALA-<N>`) for benchmarks. With no DATABASE_URL it uses the demo's embedded server
 * (.data/pg) and a database of its own per size, `ekinerja_skala_<N>`, so that data sets of
 * several sizes sit side by side (their NIPs overlap by design). Idempotent: a complete data set is left alone;
 * one left half-done by an interrupted run is removed and built again.
 */
import { hash } from "@node-rs/argon2";
import { mkdirSync, writeFileSync } from "node:fs";
import pg from "pg";
import { defaultTriwulan } from "../lib/domain/periode";
import { hariIniDi } from "../lib/domain/zona-waktu";
import { toIsoDate } from "../lib/domain/tanggal";
import { withDatabase } from "./lib/demo-env";
import { attachEmbeddedPostgres } from "./lib/embedded-postgres";
import { applyMigrations, ensureDatabase } from "./lib/migrator";
import { planScale, rhkCount, scaleNip } from "./lib/scale-plan";
import { progresPhases } from "./lib/scale-progres-sql";
import { scalePhases } from "./lib/scale-sql";

// Bumped when the data set gains tables (v2: Progres Harian), so an older one is rebuilt.
const DONE_MARKER = "SEED_SKALA_V2_SELESAI";
export const scaleDatabase = (pegawai: number) => `ekinerja_skala_${pegawai}`;

export type ScaleAccounts = {
  kode: string;
  pegawai: number;
  password: string;
  /** A staff member whose SKP has 8 RHK. */
  pegawai8Rhk: string;
  /** The head of the first level-5 unit, with a full page of bawahan. */
  atasan: string;
  admin: string;
};

export async function seedScale(databaseUrl: string, pegawai: number, log = console.log): Promise<ScaleAccounts> {
  const plan = planScale(pegawai);
  const kode = `SKALA-${pegawai}`;
  const tahun = new Date().getUTCFullYear();
  const accounts: ScaleAccounts = {
    kode,
    pegawai,
    password: "Demo12345",
    pegawai8Rhk: scaleNip(firstStaffWith8Rhk(plan.units)),
    atasan: scaleNip(plan.levels[4]?.offset ?? 0),
    admin: scaleNip(plan.units),
  };

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    // Like pg_restore --disable-triggers: the rows are built consistent, so per-row foreign-key
    // checks only cost time. Needs a superuser (the embedded server's user is one); others skip it.
    const existing = await client.query<{ id: string; done: boolean }>(
      `SELECT i.id, EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."instansiId" = i.id AND a.aksi = $2) AS done
       FROM "Instansi" i WHERE i.kode = $1`,
      [kode, DONE_MARKER],
    );
    const found = existing.rows[0];
    if (found?.done) {
      log(`Data skala ${kode} sudah lengkap; tidak ada yang diubah.`);
      return accounts;
    }
    if (found) {
      log(`Menghapus sisa data ${kode} yang belum selesai…`);
      // Before the foreign-key checks are skipped below, so the deletes still cascade.
      await client.query(`DELETE FROM "ProgresHarian" WHERE "pegawaiId" IN (SELECT id FROM "Pegawai" WHERE "instansiId" = $1)`, [found.id]);
      await client.query(`DELETE FROM "Skp" WHERE "pegawaiId" IN (SELECT id FROM "Pegawai" WHERE "instansiId" = $1)`, [found.id]);
      await client.query(`DELETE FROM "Instansi" WHERE id = $1`, [found.id]);
    }

    const su = await client.query<{ su: boolean }>("SELECT rolsuper AS su FROM pg_roles WHERE rolname = current_user");
    if (su.rows[0]?.su) await client.query("SET session_replication_role = replica");
    const started = Date.now();
    const passwordHash = await hash(accounts.password);
    const instansiId = await createInstansiAndPeriode(client, kode, pegawai, tahun);
    const version = await client.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    const newId = (version.rows[0]?.v ?? 0) >= 180000 ? "uuidv7()" : "gen_random_uuid()";
    const params = { plan, instansiId, tahun, passwordHash, today: toIsoDate(hariIniDi("WIB", new Date())), newId };
    const phases = [...scalePhases(params), ...progresPhases(params)];
    let totalRows = 0;
    for (const [index, phase] of phases.entries()) {
      const t = Date.now();
      if (phase.setup) await client.query(phase.setup);
      const results = await client.query(phase.sql);
      const rows = [results].flat().reduce((n, r) => n + (r.command === "INSERT" ? (r.rowCount ?? 0) : 0), 0);
      totalRows += rows;
      log(`[${index + 1}/${phases.length}] ${phase.name}: ${rows.toLocaleString("id-ID")} baris, ${seconds(Date.now() - t)}`);
    }
    await client.query("ANALYZE");
    await client.query(`INSERT INTO "AuditLog" (id, "instansiId", aksi, entitas) VALUES (gen_random_uuid(), $1, $2, 'Instansi')`, [
      instansiId,
      DONE_MARKER,
    ]);
    const elapsed = Date.now() - started;
    log(
      `Selesai: ${totalRows.toLocaleString("id-ID")} baris dalam ${seconds(elapsed)} ` +
        `(${Math.round(totalRows / (elapsed / 1000)).toLocaleString("id-ID")} baris/detik).`,
    );
    return accounts;
  } finally {
    await client.end();
  }
}

async function createInstansiAndPeriode(client: pg.Client, kode: string, pegawai: number, tahun: number): Promise<string> {
  const instansi = await client.query<{ id: string }>(
    `INSERT INTO "Instansi" (id, kode, nama, lokasi) VALUES (gen_random_uuid(), $1, $2, 'Jakarta') RETURNING id`,
    [kode, `Instansi Uji Skala (${pegawai.toLocaleString("id-ID")} pegawai)`],
  );
  const instansiId = instansi.rows[0]?.id as string;
  const t = await client.query<{ id: string }>(
    `INSERT INTO "Tahun" (id, "instansiId", tahun, terbuka) VALUES (gen_random_uuid(), $1, $2, true) RETURNING id`,
    [instansiId, tahun],
  );
  for (const p of defaultTriwulan(tahun)) {
    await client.query(
      `INSERT INTO "PeriodePenilaian" (id, "tahunId", jenis, urutan, awal, akhir, "batasPengisian")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
      [t.rows[0]?.id, p.jenis, p.urutan, p.awal, p.akhir, p.batasPengisian],
    );
  }
  return instansiId;
}

function firstStaffWith8Rhk(firstStaff: number): number {
  let n = firstStaff;
  while (rhkCount(n) !== 8) n += 1;
  return n;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main() {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const pegawai = Number(arg("pegawai") ?? 50000);
  let databaseUrl = process.env.DATABASE_URL;
  let stop = async () => undefined as unknown;
  if (!databaseUrl) {
    const embedded = await attachEmbeddedPostgres({ dataDir: ".data/pg", port: Number(process.env.EMBEDDED_PG_PORT ?? 5433) });
    stop = embedded.stop;
    await ensureDatabase(embedded.url, scaleDatabase(pegawai));
    databaseUrl = withDatabase(embedded.url, scaleDatabase(pegawai));
  }
  try {
    await applyMigrations(databaseUrl);
    const accounts = await seedScale(databaseUrl, pegawai);
    mkdirSync(".data", { recursive: true });
    writeFileSync(`.data/skala-${pegawai}.json`, JSON.stringify({ databaseUrl, ...accounts }, null, 2));
    console.log(`Akun uji (kata sandi ${accounts.password}): admin ${accounts.admin}, atasan ${accounts.atasan}, pegawai ${accounts.pegawai8Rhk}`);
  } finally {
    await stop();
  }
}

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
