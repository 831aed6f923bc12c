import "server-only";
import { ForbiddenError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { LANGSUNG, TANPA } from "@/lib/server/monitoring/agregat";
import { ingat } from "@/lib/server/monitoring/cache";
import { isiSql, keKeterisian, keterisianKosong, kolomSql, rentangKeterisian, type Keterisian, type KolomKeterisian, type RentangKeterisian } from "@/lib/server/monitoring/progres-harian-sql";
import { jejakUnit, MONITORING_PAGE_SIZE } from "@/lib/server/queries/monitoring";

export type BarisProgres = Keterisian & {
  /** A child unit (with its whole subtree), the selected unit's own pegawai, or those without a unit. */
  jenis: "unit" | "langsung" | "tanpa";
  unitId: string | null;
  nama: string;
  punyaAnak: boolean;
};

export type MonitoringProgres = {
  rentang: RentangKeterisian;
  unit: { id: string; nama: string } | null;
  jejak: { id: string; nama: string }[];
  baris: BarisProgres[];
  total: Keterisian;
  page: number;
  pageCount: number;
  jumlahAnak: number;
  /** When the counts were taken; they are shared for a few seconds between admins. */
  dihitung: Date;
};

export function tolakBukanAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new ForbiddenError("Halaman ini hanya untuk admin instansi.");
}

/**
 * Monitoring Progres Harian one level of the unit tree at a time, as Monitoring Pengisian: the
 * children of the selected unit, each over its whole subtree, paginated, plus the unit's own
 * pegawai and (at the top) those without a unit, and the total. Three statements: the way up
 * the tree, the children, and one that counts every required and filled day in PostgreSQL.
 * The result is shared for a few seconds (see cache.ts), as Monitoring Pengisian's: the top
 * level reads every pegawai's entries of the month.
 */
export async function getMonitoringProgres(actor: Actor, params: { unit?: string; page?: number; hariIni?: string }): Promise<MonitoringProgres> {
  tolakBukanAdmin(actor);
  const rentang = rentangKeterisian(actor.zonaWaktu, params.hariIni);
  const page = Math.max(1, Math.floor(params.page ?? 1) || 1);
  const kunci = ["progres-harian", actor.instansiId, params.unit ?? "", page, rentang.hariIni].join(":");
  return ingat(kunci, () => hitungTingkat(actor.instansiId, params.unit, page, rentang));
}

async function hitungTingkat(instansiId: string, unitDiminta: string | undefined, page: number, rentang: RentangKeterisian): Promise<MonitoringProgres> {
  const jejak = await jejakUnit(instansiId, unitDiminta);
  const unit = jejak.at(-1) ?? null;
  const anak = await db.$queryRaw<{ id: string; nama: string; punyaAnak: boolean; total: number }[]>`
    SELECT u.id::text AS id, u.nama, EXISTS (SELECT 1 FROM "UnitKerja" c WHERE c."parentId" = u.id) AS "punyaAnak", count(*) OVER ()::int AS total
    FROM "UnitKerja" u
    WHERE u."instansiId" = ${instansiId}::uuid AND ${unit ? Prisma.sql`u."parentId" = ${unit.id}::uuid` : Prisma.sql`u."parentId" IS NULL`}
    ORDER BY u.nama, u.id
    LIMIT ${MONITORING_PAGE_SIZE} OFFSET ${(page - 1) * MONITORING_PAGE_SIZE}`;
  const hitung = await hitungLingkup(instansiId, unit?.id ?? null, !unitDiminta, anak.map((a) => a.id), rentang);
  const ambil = (grup: string) => hitung.baris.get(grup) ?? keterisianKosong();

  const baris: BarisProgres[] = anak.map((a) => ({ ...ambil(a.id), jenis: "unit", unitId: a.id, nama: a.nama, punyaAnak: a.punyaAnak }));
  if (page === 1 && unit && hitung.baris.has(LANGSUNG)) {
    baris.unshift({ ...ambil(LANGSUNG), jenis: "langsung", unitId: unit.id, nama: `Langsung di ${unit.nama}`, punyaAnak: false });
  }
  if (page === 1 && hitung.baris.has(TANPA)) {
    baris.push({ ...ambil(TANPA), jenis: "tanpa", unitId: null, nama: "(Unit kerja belum diatur)", punyaAnak: false });
  }
  const jumlahAnak = anak[0]?.total ?? 0;
  return { rentang, unit, jejak, baris, total: hitung.total, page, pageCount: Math.max(1, Math.ceil(jumlahAnak / MONITORING_PAGE_SIZE)), jumlahAnak, dihitung: new Date() };
}

/**
 * One statement: each child of the unit stands for its subtree (recursive CTE over parentId),
 * each active pegawai counts once under it (the subtrees, the unit's own and those without a
 * unit never share a pegawai, so count(*) counts people); GROUPING SETS give the rows shown and
 * the total.
 */
async function hitungLingkup(instansiId: string, unitId: string | null, denganTanpaUnit: boolean, ditampilkan: string[], rentang: RentangKeterisian) {
  const akar = unitId ? Prisma.sql`u."parentId" = ${unitId}::uuid` : Prisma.sql`u."parentId" IS NULL`;
  const pegawai = Prisma.sql`SELECT p.id FROM "Pegawai" p WHERE p."instansiId" = ${instansiId}::uuid AND p.aktif`;
  const langsung = unitId ? Prisma.sql`UNION ALL SELECT q.id, ${LANGSUNG} FROM (${pegawai} AND p."unitId" = ${unitId}::uuid) q` : Prisma.empty;
  const tanpa = denganTanpaUnit ? Prisma.sql`UNION ALL SELECT q.id, ${TANPA} FROM (${pegawai} AND p."unitId" IS NULL) q` : Prisma.empty;
  const tampil = [...ditampilkan, LANGSUNG, TANPA];
  const rows = await db.$queryRaw<(KolomKeterisian & { grup: string | null; pegawai: number })[]>`
    WITH RECURSIVE sub AS (
      SELECT u.id, u.id::text AS grup FROM "UnitKerja" u WHERE u."instansiId" = ${instansiId}::uuid AND ${akar}
      UNION ALL
      SELECT u.id, s.grup FROM "UnitKerja" u JOIN sub s ON u."parentId" = s.id
    ), cakupan AS (
      SELECT p.id, s.grup FROM sub s JOIN "Pegawai" p ON p."unitId" = s.id WHERE p."instansiId" = ${instansiId}::uuid AND p.aktif
      ${langsung} ${tanpa}
    ), ${isiSql(instansiId, rentang)}
    SELECT grup, count(*)::int AS pegawai, ${kolomSql}
    FROM isi
    GROUP BY GROUPING SETS ((grup), ())
    HAVING GROUPING(grup) = 1 OR grup = ANY(${tampil}::text[])`;
  const baris = new Map<string, Keterisian>();
  let total = keterisianKosong();
  for (const r of rows) {
    if (r.grup === null) total = keKeterisian(r, r.pegawai);
    else baris.set(r.grup, keKeterisian(r, r.pegawai));
  }
  return { baris, total };
}
