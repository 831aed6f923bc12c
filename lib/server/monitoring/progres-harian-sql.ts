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
 * CTEs `hari`, `jumlah` and `isi`, to follow a CTE `cakupan (id, grup)` of active pegawai: one
 * row per pegawai with its required and filled days this week and this month. Required: the
 * working days of the range (the instansi's 5- or 6-day week, minus its HariLibur) less the
 * days the pegawai marked away (KeteranganHari). Filled: the working days with an entry, less
 * those marked away. Per pegawai that is one range scan of the ProgresHarian (pegawaiId,
 * tanggal) index and one of KeteranganHari's, not one lookup per pegawai and day: at 50,000
 * pegawai and a month's working days that was a million lookups and a sort spilled to disk.
 */
export function isiSql(instansiId: string, r: RentangKeterisian): Prisma.Sql {
  return Prisma.sql`hari AS (
    SELECT d::date AS tanggal
    FROM "Instansi" i, generate_series(${r.awal}::date, ${r.hariIni}::date, interval '1 day') d
    WHERE i.id = ${instansiId}::uuid AND extract(isodow FROM d) <= i."hariKerjaPerMinggu"
      AND NOT EXISTS (SELECT 1 FROM "HariLibur" l WHERE l."instansiId" = i.id AND l.tanggal = d::date)
  ), jumlah AS (
    SELECT count(*) FILTER (WHERE tanggal >= ${r.minggu}::date)::int AS minggu, count(*) FILTER (WHERE tanggal >= ${r.bulan}::date)::int AS bulan,
      COALESCE(array_agg(tanggal), '{}') AS hari
    FROM hari
  ), isi AS (
    SELECT c.id, c.grup,
      j.minggu - k.minggu AS "wajibMinggu", t.minggu - k."terisiMinggu" AS "terisiMinggu",
      j.bulan - k.bulan AS "wajibBulan", t.bulan - k."terisiBulan" AS "terisiBulan"
    FROM cakupan c CROSS JOIN jumlah j
    CROSS JOIN LATERAL (
      -- The working-day test stays out of the index condition: as part of it, each of the
      -- range's days became a descent of its own into the index.
      SELECT count(DISTINCT e.tanggal) FILTER (WHERE e.tanggal >= ${r.minggu}::date AND e.tanggal = ANY(j.hari))::int AS minggu,
        count(DISTINCT e.tanggal) FILTER (WHERE e.tanggal >= ${r.bulan}::date AND e.tanggal = ANY(j.hari))::int AS bulan
      FROM "ProgresHarian" e
      WHERE e."pegawaiId" = c.id AND e.tanggal BETWEEN ${r.awal}::date AND ${r.hariIni}::date
    ) t
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE m.tanggal >= ${r.minggu}::date)::int AS minggu,
        count(*) FILTER (WHERE m.tanggal >= ${r.minggu}::date AND m.terisi)::int AS "terisiMinggu",
        count(*) FILTER (WHERE m.tanggal >= ${r.bulan}::date)::int AS bulan,
        count(*) FILTER (WHERE m.tanggal >= ${r.bulan}::date AND m.terisi)::int AS "terisiBulan"
      FROM (
        SELECT kh.tanggal, EXISTS (SELECT 1 FROM "ProgresHarian" e WHERE e."pegawaiId" = c.id AND e.tanggal = kh.tanggal) AS terisi
        FROM "KeteranganHari" kh
        WHERE kh."pegawaiId" = c.id AND kh.tanggal BETWEEN ${r.awal}::date AND ${r.hariIni}::date AND kh.tanggal = ANY(j.hari)
      ) m
    ) k
  )`;
}

/** The four counts summed over `isi`, named as `KolomKeterisian`. */
export const kolomSql = Prisma.sql`sum("wajibMinggu")::int AS "wajibMinggu",
  sum("terisiMinggu")::int AS "terisiMinggu",
  sum("wajibBulan")::int AS "wajibBulan",
  sum("terisiBulan")::int AS "terisiBulan"`;

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
