import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { isiSql, keKeterisian, kolomSql, rentangKeterisian, unitSql, type Keterisian, type KolomKeterisian, type RentangKeterisian } from "@/lib/server/monitoring/progres-harian-sql";
import { tolakBukanAdmin } from "@/lib/server/monitoring/progres-harian";
import { namaLengkap } from "@/lib/server/queries/pegawai";

export const RINCIAN_PROGRES_PAGE_SIZE = 25;

export type FilterRincianProgres = {
  /** A unit id of the instansi, "tanpa" for pegawai without a unit, undefined for the whole instansi. */
  unit?: string;
  /** With every unit below `unit`, as the monitoring rows count them. */
  bawahan?: boolean;
  /** Null: every name (the XLSX export). */
  page: number | null;
  hariIni?: string;
};

export type PegawaiProgres = Omit<Keterisian, "pegawai"> & { id: string; nip: string; nama: string; jabatan: string; unit: string | null };

export type RincianProgres = {
  rentang: RentangKeterisian;
  unit: string;
  /** Where "back" leads: the monitoring level the row came from. */
  unitInduk: string | null;
  baris: PegawaiProgres[];
  total: number;
  page: number;
  pageCount: number;
};

/**
 * The pegawai behind one row of Monitoring Progres Harian with their filled and required days,
 * the least filled month first (then week, then name). Two statements; only the admin's instansi.
 */
export async function getRincianProgres(actor: Actor, filter: FilterRincianProgres): Promise<RincianProgres> {
  tolakBukanAdmin(actor);
  const rentang = rentangKeterisian(actor.zonaWaktu, filter.hariIni);
  let unitNama = filter.unit === "tanpa" ? "Unit kerja belum diatur" : "Seluruh instansi";
  let unitInduk: string | null = null;
  if (filter.unit && filter.unit !== "tanpa") {
    const unit = await db.unitKerja.findFirst({ where: { id: filter.unit, instansiId: actor.instansiId }, select: { nama: true, parentId: true } });
    if (!unit) throw new NotFoundError("Unit kerja tidak ditemukan di instansi Anda.");
    unitNama = unit.nama;
    unitInduk = filter.bawahan ? unit.parentId : filter.unit;
  }
  const page = filter.page === null ? 1 : Math.max(1, Math.floor(filter.page) || 1);
  const batas =
    filter.page === null ? Prisma.empty : Prisma.sql`LIMIT ${RINCIAN_PROGRES_PAGE_SIZE} OFFSET ${(page - 1) * RINCIAN_PROGRES_PAGE_SIZE}`;
  const rows = await db.$queryRaw<
    (KolomKeterisian & { id: string; nip: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; jabatan: string; unit: string | null; total: number })[]
  >`
    WITH cakupan AS (
      SELECT p.id, '' AS grup FROM "Pegawai" p
      WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif AND ${unitSql(filter.unit, filter.bawahan ?? false)}
    ), ${isiSql(actor.instansiId, rentang)}, hitung AS (
      SELECT id, ${kolomSql} FROM isi GROUP BY id
    )
    SELECT p.id::text AS id, p.nip, p.nama, p."gelarDepan", p."gelarBelakang", p.jabatan, u.nama AS unit,
      h."wajibMinggu", h."terisiMinggu", h."wajibBulan", h."terisiBulan", count(*) OVER ()::int AS total
    FROM hitung h JOIN "Pegawai" p ON p.id = h.id LEFT JOIN "UnitKerja" u ON u.id = p."unitId"
    ORDER BY h."terisiBulan"::float / NULLIF(h."wajibBulan", 0) NULLS LAST,
      h."terisiMinggu"::float / NULLIF(h."wajibMinggu", 0) NULLS LAST, p.nama, p.nip
    ${batas}`;
  const total = rows[0]?.total ?? 0;
  return {
    rentang,
    unit: unitNama,
    unitInduk,
    baris: rows.map((r) => {
      const { minggu, bulan } = keKeterisian(r, 1);
      return { id: r.id, nip: r.nip, nama: namaLengkap(r), jabatan: r.jabatan, unit: r.unit, minggu, bulan };
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / RINCIAN_PROGRES_PAGE_SIZE)),
  };
}
