import "server-only";
import { hariMinggu, keadaanHari, type KeadaanHari } from "@/lib/domain/progres-harian-verifikasi";
import { tambahHari } from "@/lib/domain/hari-kerja";
import { MAX_PAGE } from "@/lib/domain/url-params";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { kalenderMinggu } from "@/lib/server/progres-harian/kalender-minggu";

// As SKP Bawahan: each row is a week of cells in two layouts, and render time grows with it.
export const PROGRES_BAWAHAN_PAGE_SIZE = 25;

export type HariBawahan = { tanggal: string; menit: number; keadaan: KeadaanHari; keterangan: JenisKeteranganHari | null };

export type ProgresBawahanRow = {
  pegawai: { id: string; nama: string; nip: string; jabatan: string };
  hari: HariBawahan[];
  totalMenit: number;
  belumIsi: number;
  menunggu: number;
};

type BarisSql = {
  id: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  jabatan: string;
  total: number;
  menit: Record<string, number>;
  menunggu: number;
  keterangan: Record<string, JenisKeteranganHari>;
};

/**
 * "Progres Harian Bawahan": one week over every bawahan (an active pegawai whose atasan is
 * the actor, or whose approved SKP of that week names the actor as penilai), with the minutes
 * written per day, the days still empty and the entries waiting. Two statements whatever the
 * number of bawahan: the instansi's calendar, and one that aggregates the page in PostgreSQL.
 * Entries on an SKP of another penilai count only for a direct bawahan, as in the verify scope.
 */
export async function listProgresHarianBawahan(actor: Actor, senin: string, hariIni: string, page: number) {
  const minggu = tambahHari(senin, 6);
  const offset = (Math.min(Math.max(1, page), MAX_PAGE) - 1) * PROGRES_BAWAHAN_PAGE_SIZE;
  const [kalender, baris] = await Promise.all([
    kalenderMinggu(actor.instansiId, senin),
    db.$queryRaw<BarisSql[]>`
      WITH kandidat AS (
        SELECT id, true AS langsung FROM "Pegawai"
        WHERE "atasanId" = ${actor.id}::uuid AND aktif AND "instansiId" = ${actor.instansiId}::uuid AND id <> ${actor.id}::uuid
        UNION ALL
        SELECT s."pegawaiId", false FROM "Skp" s
        JOIN "Pegawai" p ON p.id = s."pegawaiId" AND p."instansiId" = ${actor.instansiId}::uuid AND p.aktif
        WHERE s."penilaiId" = ${actor.id}::uuid AND s.status = 'PERSETUJUAN' AND s."pegawaiId" <> ${actor.id}::uuid
          AND s."periodeAwal" <= ${minggu}::date AND s."periodeAkhir" >= ${senin}::date
      ), bawahan AS (
        SELECT id, bool_or(langsung) AS langsung FROM kandidat GROUP BY id
      ), halaman AS (
        SELECT p.id, p.nama, p."gelarDepan", p."gelarBelakang", p.nip, p.jabatan, b.langsung, (count(*) OVER ())::int AS total
        FROM bawahan b JOIN "Pegawai" p ON p.id = b.id
        ORDER BY p.nama, p.id LIMIT ${PROGRES_BAWAHAN_PAGE_SIZE} OFFSET ${offset}
      ), entri AS (
        SELECT ph."pegawaiId", ph.tanggal, ph."jamSelesai" - ph."jamMulai" AS menit, ph.status
        FROM halaman h JOIN "ProgresHarian" ph ON ph."pegawaiId" = h.id AND ph.tanggal BETWEEN ${senin}::date AND ${minggu}::date
        WHERE h.langsung OR EXISTS (SELECT 1 FROM "Skp" s WHERE s.id = ph."skpId" AND s."penilaiId" = ${actor.id}::uuid)
      )
      SELECT h.id, h.nama, h."gelarDepan", h."gelarBelakang", h.nip, h.jabatan, h.total,
        COALESCE((SELECT json_object_agg(d.tanggal, d.menit) FROM (
          SELECT e.tanggal::text AS tanggal, sum(e.menit)::int AS menit FROM entri e WHERE e."pegawaiId" = h.id GROUP BY e.tanggal
        ) d), '{}'::json) AS menit,
        (SELECT count(*)::int FROM entri e WHERE e."pegawaiId" = h.id AND e.status = 'MENUNGGU') AS menunggu,
        COALESCE((SELECT json_object_agg(k.tanggal::text, k.jenis) FROM "KeteranganHari" k
          WHERE k."pegawaiId" = h.id AND k.tanggal BETWEEN ${senin}::date AND ${minggu}::date), '{}'::json) AS keterangan
      FROM halaman h ORDER BY h.nama, h.id`,
  ]);

  // A page past the last (a stale or typed URL) shows the first page rather than "no bawahan".
  if (baris.length === 0 && offset > 0) return listProgresHarianBawahan(actor, senin, hariIni, 1);
  const tanggal = hariMinggu(senin, kalender.hariKerjaPerMinggu);
  const rows = baris.map((b): ProgresBawahanRow => {
    const keterangan = new Map(Object.entries(b.keterangan));
    const hari = tanggal.map((t) => {
      const menit = b.menit[t] ?? 0;
      return { tanggal: t, menit, keadaan: keadaanHari(t, menit, { ...kalender, keterangan }, hariIni), keterangan: b.keterangan[t] ?? null };
    });
    return {
      pegawai: { id: b.id, nama: namaDenganGelar(b), nip: b.nip, jabatan: b.jabatan },
      hari,
      totalMenit: hari.reduce((n, h) => n + h.menit, 0),
      belumIsi: hari.filter((h) => h.keadaan === "BELUM_ISI").length,
      menunggu: b.menunggu,
    };
  });
  const total = baris[0]?.total ?? 0;
  return {
    senin,
    tanggal,
    libur: kalender.namaLibur,
    rows,
    total,
    page: Math.floor(offset / PROGRES_BAWAHAN_PAGE_SIZE) + 1,
    pageCount: Math.max(1, Math.ceil(total / PROGRES_BAWAHAN_PAGE_SIZE)),
  };
}

export type ProgresHarianBawahanList = Awaited<ReturnType<typeof listProgresHarianBawahan>>;
