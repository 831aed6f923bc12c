import "server-only";
import { awalMinggu } from "@/lib/domain/hari-kerja";
import { hariIniDi, type ZonaWaktu } from "@/lib/domain/zona-waktu";
import { toIsoDate } from "@/lib/domain/tanggal";
import { Prisma } from "@/lib/generated/prisma/client";

/** Required and filled days of one pegawai or a group of them, this week and this month up to today. */
export type Keterisian = { pegawai: number; minggu: Hari; bulan: Hari };
export type Hari = { terisi: number; wajib: number };

export const keterisianKosong = (): Keterisian => ({ pegawai: 0, minggu: { terisi: 0, wajib: 0 }, bulan: { terisi: 0, wajib: 0 } });

/** This week (from Monday) and this month, up to today in the instansi's calendar and zone. */
export function rentangKeterisian(zona: ZonaWaktu, hariIni = toIsoDate(hariIniDi(zona, new Date()))) {
  const minggu = awalMinggu(hariIni);
  const bulan = `${hariIni.slice(0, 8)}01`;
  return { hariIni, minggu, bulan, awal: minggu < bulan ? minggu : bulan };
}
export type RentangKeterisian = ReturnType<typeof rentangKeterisian>;

/**
 * CTEs `hari` and `isi`, to follow a CTE `cakupan (id, grup)` of active pegawai: every working
 * day of the range (the instansi's 5- or 6-day week, minus its HariLibur) crossed with each
 * pegawai, without the days they marked away (KeteranganHari), each flagged with whether an
 * entry exists (the ProgresHarian (pegawaiId, tanggal) index). A pegawai without any required
 * day keeps one row with a null date, so they are still counted.
 */
export function isiSql(instansiId: string, r: RentangKeterisian): Prisma.Sql {
  return Prisma.sql`hari AS (
    SELECT d::date AS tanggal
    FROM "Instansi" i, generate_series(${r.awal}::date, ${r.hariIni}::date, interval '1 day') d
    WHERE i.id = ${instansiId}::uuid AND extract(isodow FROM d) <= i."hariKerjaPerMinggu"
      AND NOT EXISTS (SELECT 1 FROM "HariLibur" l WHERE l."instansiId" = i.id AND l.tanggal = d::date)
  ), isi AS (
    SELECT c.id, c.grup, h.tanggal >= ${r.minggu}::date AS minggu, h.tanggal >= ${r.bulan}::date AS bulan,
      EXISTS (SELECT 1 FROM "ProgresHarian" e WHERE e."pegawaiId" = c.id AND e.tanggal = h.tanggal) AS terisi
    FROM cakupan c
    LEFT JOIN hari h ON NOT EXISTS (SELECT 1 FROM "KeteranganHari" k WHERE k."pegawaiId" = c.id AND k.tanggal = h.tanggal)
  )`;
}

/** The four counts over `isi`, named as `KolomKeterisian`. */
export const kolomSql = Prisma.sql`count(*) FILTER (WHERE minggu)::int AS "wajibMinggu",
  count(*) FILTER (WHERE minggu AND terisi)::int AS "terisiMinggu",
  count(*) FILTER (WHERE bulan)::int AS "wajibBulan",
  count(*) FILTER (WHERE bulan AND terisi)::int AS "terisiBulan"`;

export type KolomKeterisian = { wajibMinggu: number; terisiMinggu: number; wajibBulan: number; terisiBulan: number };

export const keKeterisian = (r: KolomKeterisian, pegawai: number): Keterisian => ({
  pegawai,
  minggu: { terisi: r.terisiMinggu, wajib: r.wajibMinggu },
  bulan: { terisi: r.terisiBulan, wajib: r.wajibBulan },
});

/** Active pegawai of a unit ("tanpa": without a unit; bawahan: with every unit below it); undefined: the whole instansi. */
export function unitSql(unit: string | undefined, bawahan: boolean): Prisma.Sql {
  if (!unit) return Prisma.sql`TRUE`;
  if (unit === "tanpa") return Prisma.sql`p."unitId" IS NULL`;
  if (!bawahan) return Prisma.sql`p."unitId" = ${unit}::uuid`;
  return Prisma.sql`p."unitId" IN (
    WITH RECURSIVE sub AS (
      SELECT ${unit}::uuid AS id
      UNION ALL SELECT u.id FROM "UnitKerja" u JOIN sub s ON u."parentId" = s.id
    ) SELECT id FROM sub)`;
}
