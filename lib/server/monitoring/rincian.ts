import "server-only";
import { NotFoundError } from "@/lib/domain/errors";
import type { StatusPenilaianTampil, StatusSkpTampil } from "@/lib/domain/labels";
import { statusSkpTampil } from "@/lib/domain/skp-status-tampil";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StatusPenilaian, StatusSkp } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { daftarPeriode, pilihTahun, skpTerkini, type PeriodeMonitoring, type StatusRincian } from "@/lib/server/queries/monitoring";
import { namaLengkap } from "@/lib/server/queries/pegawai";
import { sqlDikembalikan } from "@/lib/server/skp/dikembalikan";

export const RINCIAN_PAGE_SIZE = 25;

export type FilterRincian = {
  tahun?: number;
  /** A unit id of the instansi, or "tanpa" for pegawai without a unit. */
  unit: string;
  /** Also the pegawai of every unit below `unit`, as the monitoring rows count them. */
  bawahan?: boolean;
  status?: StatusRincian;
  /** With `penilaian`: pegawai with an approved SKP whose penilaian of this periode is (not) FINAL. */
  periodeId?: string;
  penilaian?: "FINAL" | "BELUM";
  page?: number;
};

export type BarisRincian = {
  id: string;
  nip: string;
  nama: string;
  jabatan: string;
  /** The latest SKP of the year as lists show it; BELUM without one. */
  statusSkp: StatusSkpTampil;
  /** With a periode: that penilaian's status, BELUM when there is none yet. */
  statusPenilaian: StatusPenilaianTampil;
};

export type Rincian = {
  tahun: number;
  unit: string;
  /** Where "back" leads: the monitoring level the counts came from. */
  unitInduk: string | null;
  periode: PeriodeMonitoring | null;
  baris: BarisRincian[];
  total: number;
  page: number;
  pageCount: number;
};

/** The names behind one cell of the monitoring table, 25 a page. Only the admin's instansi. */
export async function getRincianMonitoring(actor: Actor, filter: FilterRincian): Promise<Rincian> {
  const { tahun } = await pilihTahun(actor, filter.tahun);
  if (!tahun) throw new NotFoundError("Belum ada tahun SKP di instansi Anda.");

  let unitNama = "Unit kerja belum diatur";
  let unitInduk: string | null = null;
  if (filter.unit !== "tanpa") {
    const unit = await db.unitKerja.findFirst({ where: { id: filter.unit, instansiId: actor.instansiId }, select: { nama: true, parentId: true } });
    if (!unit) throw new NotFoundError("Unit kerja tidak ditemukan di instansi Anda.");
    unitNama = unit.nama;
    unitInduk = filter.bawahan ? unit.parentId : filter.unit;
  }
  const periode = filter.periodeId ? ((await daftarPeriode(tahun.id)).find((p) => p.id === filter.periodeId) ?? null) : null;
  if (filter.periodeId && !periode) throw new NotFoundError("Periode penilaian tidak ditemukan.");

  const page = Math.max(1, Math.floor(filter.page ?? 1) || 1);
  const unitFilter =
    filter.unit === "tanpa"
      ? Prisma.sql`p."unitId" IS NULL`
      : filter.bawahan
        ? Prisma.sql`p."unitId" IN (
            WITH RECURSIVE sub AS (
              SELECT ${filter.unit}::uuid AS id
              UNION ALL SELECT u.id FROM "UnitKerja" u JOIN sub s ON u."parentId" = s.id
            ) SELECT id FROM sub)`
        : Prisma.sql`p."unitId" = ${filter.unit}::uuid`;
  const statusFilter = !filter.status
    ? Prisma.empty
    : filter.status === "BELUM"
      ? Prisma.sql`AND t."skpId" IS NULL`
      : Prisma.sql`AND t.status::text = ${filter.status}`;
  const penilaianFilter =
    periode && filter.penilaian
      ? Prisma.sql`AND t.status = 'PERSETUJUAN' AND pn.status ${filter.penilaian === "FINAL" ? Prisma.sql`= 'FINAL'` : Prisma.sql`IS DISTINCT FROM 'FINAL'`}`
      : Prisma.empty;

  type Baris = Omit<BarisRincian, "nama" | "statusSkp" | "statusPenilaian"> & {
    nama: string;
    gelarDepan: string | null;
    gelarBelakang: string | null;
    statusSkp: StatusSkp | null;
    dikembalikan: boolean;
    statusPenilaian: StatusPenilaian | null;
    total: number;
  };
  const rows = await db.$queryRaw<Baris[]>`
    WITH ${skpTerkini(tahun.id)}
    SELECT p.id::text AS id, p.nip, p.nama, p."gelarDepan", p."gelarBelakang", p.jabatan,
      t.status::text AS "statusSkp", ${sqlDikembalikan(Prisma.sql`t."skpId"`, Prisma.sql`t.status`)} AS dikembalikan,
      pn.status::text AS "statusPenilaian", count(*) OVER ()::int AS total
    FROM "Pegawai" p
    LEFT JOIN terkini t ON t."pegawaiId" = p.id
    LEFT JOIN "Penilaian" pn ON pn."skpId" = t."skpId" AND pn."periodeId" = ${periode?.id ?? null}::uuid
    WHERE p."instansiId" = ${actor.instansiId}::uuid AND p.aktif AND ${unitFilter} ${statusFilter} ${penilaianFilter}
    ORDER BY p.nama, p.nip
    LIMIT ${RINCIAN_PAGE_SIZE} OFFSET ${(page - 1) * RINCIAN_PAGE_SIZE}`;

  // A page past the end has no row to carry the window count; the page then says so.
  const total = rows[0]?.total ?? 0;
  return {
    tahun: tahun.tahun,
    unit: unitNama,
    unitInduk,
    periode,
    baris: rows.map((r) => ({
      id: r.id,
      nip: r.nip,
      nama: namaLengkap(r),
      jabatan: r.jabatan,
      statusSkp: r.statusSkp ? statusSkpTampil(r.statusSkp, r.dikembalikan) : "BELUM",
      statusPenilaian: r.statusPenilaian ?? "BELUM",
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / RINCIAN_PAGE_SIZE)),
  };
}
