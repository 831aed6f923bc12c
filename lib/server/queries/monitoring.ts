import "server-only";
import { ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { periodeLabel } from "@/lib/domain/periode";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { hitungLingkup, LANGSUNG, TANPA, type Hitungan } from "@/lib/server/monitoring/agregat";
import { ingat } from "@/lib/server/monitoring/cache";

export type PeriodeMonitoring = { id: string; label: string };

export const MONITORING_PAGE_SIZE = 50;

export type BarisMonitoring = Hitungan & {
  /** A child unit, the selected unit itself (its own pegawai only) or "tanpa" (no unit kerja). */
  jenis: "unit" | "langsung" | "tanpa";
  unitId: string | null;
  nama: string;
  /** Whether the unit has sub-units to open; otherwise its name opens the names. */
  punyaAnak: boolean;
};

export type Monitoring = {
  tahun: { id: string; tahun: number } | null;
  tahunTersedia: number[];
  periode: PeriodeMonitoring[];
  /** The selected unit (null: the top of the instansi) and the way back up to it. */
  unit: { id: string; nama: string } | null;
  jejak: { id: string; nama: string }[];
  baris: BarisMonitoring[];
  /** The whole selection: the selected unit's subtree, or the whole instansi at the top. */
  total: Hitungan;
  page: number;
  pageCount: number;
  jumlahAnak: number;
  /** When the counts were taken; they are shared for a few seconds between admins. */
  dihitung: Date;
};

/**
 * Monitoring Pengisian one level of the unit tree at a time: the children of the selected unit
 * (default: the instansi's single root unit, else its root units), each counted over its whole
 * subtree, paginated, with the selected unit's own pegawai and a total. Counting happens in one
 * SQL statement over only that subtree; the result is kept briefly (see cache.ts) because the top
 * level covers the whole instansi. Only the admin's instansi.
 */
export async function getMonitoring(actor: Actor, params: { tahun?: number; unit?: string; page?: number }): Promise<Monitoring> {
  const pilihan = await pilihTahun(actor, params.tahun);
  const page = Math.max(1, Math.floor(params.page ?? 1) || 1);
  const kosong = { periode: [], unit: null, jejak: [], baris: [], total: { pegawai: 0, draft: 0, pengajuan: 0, persetujuan: 0, belum: 0, final: {} }, page: 1, pageCount: 1, jumlahAnak: 0, dihitung: new Date() };
  if (!pilihan.tahun) return { ...pilihan, ...kosong };
  const tahunId = pilihan.tahun.id;
  const kunci = [actor.instansiId, tahunId, params.unit ?? "", page].join(":");
  return { ...pilihan, ...(await ingat(kunci, () => hitungTingkat(actor.instansiId, tahunId, params.unit, page))) };
}

async function hitungTingkat(instansiId: string, tahunId: string, unitDiminta: string | undefined, page: number) {
  const [periode, jejak] = await Promise.all([daftarPeriode(tahunId), jejakUnit(instansiId, unitDiminta)]);
  const unit = jejak.at(-1) ?? null;
  const anak = await db.$queryRaw<{ id: string; nama: string; punyaAnak: boolean; total: number }[]>`
    SELECT u.id::text AS id, u.nama, EXISTS (SELECT 1 FROM "UnitKerja" c WHERE c."parentId" = u.id) AS "punyaAnak", count(*) OVER ()::int AS total
    FROM "UnitKerja" u
    WHERE u."instansiId" = ${instansiId}::uuid AND ${unit ? Prisma.sql`u."parentId" = ${unit.id}::uuid` : Prisma.sql`u."parentId" IS NULL`}
    ORDER BY u.nama, u.id
    LIMIT ${MONITORING_PAGE_SIZE} OFFSET ${(page - 1) * MONITORING_PAGE_SIZE}`;
  // The default view is the whole instansi, so it also holds the pegawai without a unit kerja.
  const denganTanpaUnit = !unitDiminta;
  const hitung = await hitungLingkup({ instansiId, tahunId, unitId: unit?.id ?? null, denganTanpaUnit, ditampilkan: anak.map((a) => a.id) });
  const ambil = (grup: string) => hitung.baris.get(grup) ?? { pegawai: 0, draft: 0, pengajuan: 0, persetujuan: 0, belum: 0, final: {} };

  const baris: BarisMonitoring[] = anak.map((a) => ({ ...ambil(a.id), jenis: "unit", unitId: a.id, nama: a.nama, punyaAnak: a.punyaAnak }));
  // The selected unit's own pegawai and those without a unit stand on the first page only.
  if (page === 1 && unit && hitung.baris.has(LANGSUNG)) {
    baris.unshift({ ...ambil(LANGSUNG), jenis: "langsung", unitId: unit.id, nama: `Langsung di ${unit.nama}`, punyaAnak: false });
  }
  if (page === 1 && hitung.baris.has(TANPA)) {
    baris.push({ ...ambil(TANPA), jenis: "tanpa", unitId: null, nama: "(Unit kerja belum diatur)", punyaAnak: false });
  }
  const jumlahAnak = anak[0]?.total ?? 0;
  return {
    periode,
    unit,
    jejak,
    baris,
    total: hitung.total,
    page,
    pageCount: Math.max(1, Math.ceil(jumlahAnak / MONITORING_PAGE_SIZE)),
    jumlahAnak,
    dihitung: new Date(),
  };
}

/**
 * The requested unit and its ancestors, root first. Without a request: the single root unit of
 * the instansi (its children are the natural first level), or nothing when there are several.
 */
export async function jejakUnit(instansiId: string, unitId: string | undefined): Promise<{ id: string; nama: string }[]> {
  if (!unitId) {
    const akar = await db.unitKerja.findMany({ where: { instansiId, parentId: null }, select: { id: true, nama: true }, take: 2 });
    return akar.length === 1 ? akar : [];
  }
  const rows = await db.$queryRaw<{ id: string; nama: string }[]>`
    WITH RECURSIVE naik AS (
      SELECT u.id, u.nama, u."parentId", 0 AS tingkat FROM "UnitKerja" u WHERE u.id = ${unitId}::uuid AND u."instansiId" = ${instansiId}::uuid
      UNION ALL
      SELECT u.id, u.nama, u."parentId", n.tingkat + 1 FROM "UnitKerja" u JOIN naik n ON u.id = n."parentId"
      WHERE u."instansiId" = ${instansiId}::uuid AND n.tingkat < 50
    )
    SELECT id::text AS id, nama FROM naik ORDER BY tingkat DESC`;
  if (rows.length === 0) throw new NotFoundError("Unit kerja tidak ditemukan di instansi Anda.");
  return rows;
}

export const STATUS_RINCIAN = ["DRAFT", "PENGAJUAN", "PERSETUJUAN", "BELUM"] as const;
export type StatusRincian = (typeof STATUS_RINCIAN)[number];

/** The latest SKP of the year per pegawai, as a CTE named `terkini`. */
export function skpTerkini(tahunId: string): Prisma.Sql {
  return Prisma.sql`terkini AS (
    SELECT DISTINCT ON (s."pegawaiId") s."pegawaiId", s.id AS "skpId", s.status
    FROM "Skp" s WHERE s."tahunId" = ${tahunId}::uuid
    ORDER BY s."pegawaiId", s."periodeAwal" DESC, s."createdAt" DESC
  )`;
}

/** The requested year of the admin's instansi, else this year, else the latest one. */
export async function pilihTahun(actor: Actor, diminta?: number) {
  if (!actor.isAdmin) throw new ForbiddenError("Halaman ini hanya untuk admin instansi.");
  const semua = await db.tahun.findMany({
    where: { instansiId: actor.instansiId },
    select: { id: true, tahun: true },
    orderBy: { tahun: "desc" },
  });
  const ini = new Date().getUTCFullYear();
  const tahun = semua.find((t) => t.tahun === diminta) ?? semua.find((t) => t.tahun === ini) ?? semua[0] ?? null;
  return { tahun, tahunTersedia: semua.map((t) => t.tahun) };
}

export async function daftarPeriode(tahunId: string): Promise<PeriodeMonitoring[]> {
  const rows = await db.periodePenilaian.findMany({ where: { tahunId }, select: { id: true, jenis: true, urutan: true } });
  const order = { BULANAN: 0, TRIWULAN: 1, TAHUNAN: 2 } as const;
  return rows
    .sort((a, b) => order[a.jenis] - order[b.jenis] || a.urutan - b.urutan)
    .map((p) => ({ id: p.id, label: periodeLabel(p.jenis, p.urutan) }));
}
