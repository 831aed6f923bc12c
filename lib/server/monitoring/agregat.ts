import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

export type Hitungan = {
  pegawai: number;
  draft: number;
  pengajuan: number;
  persetujuan: number;
  belum: number;
  /** Per periode id: pegawai with an approved SKP whose penilaian is FINAL (of `persetujuan`). */
  final: Record<string, number>;
};

/** Group keys besides the child unit ids: pegawai placed on the selected unit itself, and those without a unit. */
export const LANGSUNG = "langsung";
export const TANPA = "tanpa";

type Lingkup = {
  instansiId: string;
  tahunId: string;
  /** The selected unit; null for the top of the instansi (its root units are the children). */
  unitId: string | null;
  /** Also count active pegawai without a unit kerja (only on the default view). */
  denganTanpaUnit: boolean;
  /** Child unit ids on the current page; only these (plus the two keys above) get their own row. */
  ditampilkan: string[];
};

export const hitunganKosong = (): Hitungan => ({ pegawai: 0, draft: 0, pengajuan: 0, persetujuan: 0, belum: 0, final: {} });

/**
 * One statement: every child of the selected unit stands for its whole subtree (recursive CTE
 * over parentId), each active pegawai counts once under that child with their latest SKP of the
 * year. GROUPING SETS give the rows shown plus the total of the whole selection in one pass.
 */
export async function hitungLingkup(l: Lingkup): Promise<{ baris: Map<string, Hitungan>; total: Hitungan }> {
  const akar = l.unitId ? Prisma.sql`u."parentId" = ${l.unitId}::uuid` : Prisma.sql`u."parentId" IS NULL`;
  const langsung = l.unitId
    ? Prisma.sql`UNION ALL SELECT p.id, ${LANGSUNG} FROM "Pegawai" p WHERE p."instansiId" = ${l.instansiId}::uuid AND p.aktif AND p."unitId" = ${l.unitId}::uuid`
    : Prisma.empty;
  const tanpa = l.denganTanpaUnit
    ? Prisma.sql`UNION ALL SELECT p.id, ${TANPA} FROM "Pegawai" p WHERE p."instansiId" = ${l.instansiId}::uuid AND p.aktif AND p."unitId" IS NULL`
    : Prisma.empty;
  const tampil = [...l.ditampilkan, LANGSUNG, TANPA];

  const rows = await db.$queryRaw<{ grup: string | null; jenis: "s" | "f"; kunci: string | null; jumlah: number }[]>`
    WITH RECURSIVE sub AS (
      SELECT u.id, u.id::text AS grup FROM "UnitKerja" u WHERE u."instansiId" = ${l.instansiId}::uuid AND ${akar}
      UNION ALL
      SELECT u.id, s.grup FROM "UnitKerja" u JOIN sub s ON u."parentId" = s.id
    ), cakupan AS (
      SELECT p.id, s.grup FROM sub s JOIN "Pegawai" p ON p."unitId" = s.id WHERE p."instansiId" = ${l.instansiId}::uuid AND p.aktif
      ${langsung} ${tanpa}
    ), terkini AS (
      SELECT DISTINCT ON (k."pegawaiId") k."pegawaiId", k.id AS "skpId", k.status
      FROM "Skp" k JOIN cakupan c ON c.id = k."pegawaiId" WHERE k."tahunId" = ${l.tahunId}::uuid
      ORDER BY k."pegawaiId", k."periodeAwal" DESC, k."createdAt" DESC
    ), ps AS MATERIALIZED (
      SELECT c.grup, t."skpId", t.status FROM cakupan c LEFT JOIN terkini t ON t."pegawaiId" = c.id
    )
    SELECT grup, 's' AS jenis, status::text AS kunci, count(*)::int AS jumlah FROM ps
    GROUP BY GROUPING SETS ((grup, status), (status))
    HAVING GROUPING(grup) = 1 OR grup = ANY(${tampil}::text[])
    UNION ALL
    SELECT ps.grup, 'f', pn."periodeId"::text, count(*)::int FROM ps
    JOIN "Penilaian" pn ON pn."skpId" = ps."skpId" AND pn.status = 'FINAL'
    WHERE ps.status = 'PERSETUJUAN'
    GROUP BY GROUPING SETS ((ps.grup, pn."periodeId"), (pn."periodeId"))
    HAVING GROUPING(ps.grup) = 1 OR ps.grup = ANY(${tampil}::text[])`;

  const baris = new Map<string, Hitungan>();
  const total = hitunganKosong();
  for (const r of rows) {
    const h = r.grup === null ? total : (baris.get(r.grup) ?? baris.set(r.grup, hitunganKosong()).get(r.grup)!);
    if (r.jenis === "f") {
      if (r.kunci) h.final[r.kunci] = r.jumlah;
      continue;
    }
    h.pegawai += r.jumlah;
    if (r.kunci === "DRAFT") h.draft = r.jumlah;
    else if (r.kunci === "PENGAJUAN") h.pengajuan = r.jumlah;
    else if (r.kunci === "PERSETUJUAN") h.persetujuan = r.jumlah;
    else h.belum = r.jumlah;
  }
  return { baris, total };
}
