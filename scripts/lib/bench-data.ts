import type pg from "pg";
import type { ScaleAccounts } from "../seed-scale";

/** The rows each journey needs, looked up in the scale data set once before measuring. */
export type Fixtures = {
  skp8RhkId: string;
  periodeId: string;
  /** Staff NIPs the sign-in journey cycles through. */
  signInNips: string[];
};

export async function loadFixtures(client: pg.Client, accounts: ScaleAccounts): Promise<Fixtures> {
  const skp = await client.query<{ id: string }>(
    `SELECT s.id FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId" WHERE p.nip = $1 ORDER BY s."periodeAwal" DESC LIMIT 1`,
    [accounts.pegawai8Rhk],
  );
  // The latest triwulan already over, where penilaian exist; before the first ends, the first.
  const periode = await client.query<{ id: string }>(
    `SELECT pp.id FROM "PeriodePenilaian" pp JOIN "Tahun" t ON t.id = pp."tahunId" JOIN "Instansi" i ON i.id = t."instansiId"
     WHERE i.kode = $1 AND pp.jenis = 'TRIWULAN'
     ORDER BY (pp.akhir < current_date) DESC, CASE WHEN pp.akhir < current_date THEN pp.akhir END DESC NULLS LAST, pp.urutan
     LIMIT 1`,
    [accounts.kode],
  );
  const nips = await client.query<{ nip: string }>(
    `SELECT p.nip FROM "Pegawai" p JOIN "Instansi" i ON i.id = p."instansiId"
     WHERE i.kode = $1 AND p.aktif AND p."jenisJabatan" <> 'STRUKTURAL' ORDER BY p.nip LIMIT 64`,
    [accounts.kode],
  );
  const skp8RhkId = skp.rows[0]?.id;
  const periodeId = periode.rows[0]?.id;
  if (!skp8RhkId || !periodeId) throw new Error(`Data skala ${accounts.kode} tidak lengkap (SKP 8 RHK atau periode tidak ada).`);
  return { skp8RhkId, periodeId, signInNips: nips.rows.map((r) => r.nip) };
}

/** An SKP the benchmark submits, with what it looked like before, so it can be put back. */
export type SavedSkp = {
  id: string;
  status: string;
  version: number;
  snapshot: unknown;
  penilaiId: string | null;
  pegawaiId: string;
  nip: string;
  atasanId: string;
  atasanNip: string;
  riwayatIds: string[];
};

/**
 * Staff SKPs that can be submitted: Draft ones first, then ones awaiting approval (turned back
 * into Draft by `makeDraft`). Every staff member in the scale set has an atasan whose SKP their
 * RHK cascade from, so each passes the ajukan checks. The SKP the page journeys show is left out.
 */
export async function pickSubmittableSkps(client: pg.Client, kode: string, count: number, exclude: string[], statuses: string[]): Promise<SavedSkp[]> {
  const { rows } = await client.query<SavedSkp>(
    `SELECT s.id, s.status, s.version, s.snapshot, s."penilaiId", p.id AS "pegawaiId", p.nip, a.id AS "atasanId", a.nip AS "atasanNip",
       COALESCE((SELECT array_agg(r.id) FROM "RiwayatStatus" r WHERE r.entitas = 'SKP' AND r."entitasId" = s.id), '{}') AS "riwayatIds"
     FROM "Skp" s JOIN "Pegawai" p ON p.id = s."pegawaiId" JOIN "Pegawai" a ON a.id = p."atasanId" JOIN "Instansi" i ON i.id = p."instansiId"
     WHERE i.kode = $1 AND p.aktif AND p."jenisJabatan" <> 'STRUKTURAL' AND s.status::text = ANY($3) AND NOT (s.id = ANY($4::uuid[]))
     ORDER BY s.status, p.nip LIMIT $2`,
    [kode, count, statuses, exclude],
  );
  return rows;
}

export async function makeDraft(client: pg.Client, skps: SavedSkp[]): Promise<void> {
  await client.query(`UPDATE "Skp" SET status = 'DRAFT' WHERE id = ANY($1::uuid[])`, [skps.map((s) => s.id)]);
}

/** Puts the SKPs back as they were (the version keeps counting up) and drops the riwayat the run added. */
export async function restoreSkps(client: pg.Client, skps: SavedSkp[]): Promise<void> {
  if (skps.length === 0) return;
  const rows = skps.map((s) => ({ id: s.id, status: s.status, snapshot: s.snapshot, penilaiId: s.penilaiId }));
  await client.query(
    `UPDATE "Skp" s SET status = x.status::"StatusSkp", snapshot = x.snapshot, "penilaiId" = x."penilaiId"
     FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, status text, snapshot jsonb, "penilaiId" uuid) WHERE s.id = x.id`,
    [JSON.stringify(rows)],
  );
  await client.query(`DELETE FROM "RiwayatStatus" WHERE entitas = 'SKP' AND "entitasId" = ANY($1::uuid[]) AND NOT (id = ANY($2::uuid[]))`, [
    skps.map((s) => s.id),
    skps.flatMap((s) => s.riwayatIds),
  ]);
}
