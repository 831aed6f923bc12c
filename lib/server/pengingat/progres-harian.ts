import "server-only";
import { awalMinggu } from "@/lib/domain/hari-kerja";
import { hariKosongMinggu, isiPengingatProgres, judulPengingatProgres, kunciPengingatProgres, zonaPengingatProgres } from "@/lib/domain/pengingat";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { JenisKeteranganHari } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/server/db";
import { kirimPengingatSekali, potong } from "./kirim-sekali";

type Calon = { pegawaiId: string; instansiId: string; hariKerjaPerMinggu: number; cakupan: Array<{ awal: string; akhir: string }> };
type Minggu = { senin: string; hariIni: string };

/**
 * Friday 15.00 in each instansi's zone: every pegawai with an approved SKP over this week who
 * left working days of it (lib/domain/hari-kerja.ts: no holiday, not marked away) without a
 * Progres Harian entry hears which days. Returns how many reminders were sent.
 */
export async function kirimPengingatProgresHarian(now: Date): Promise<number> {
  let terkirim = 0;
  for (const { zona, hariIni } of zonaPengingatProgres(now)) {
    const minggu = { senin: awalMinggu(toIsoDate(hariIni)), hariIni: toIsoDate(hariIni) };
    const [calon, libur] = await Promise.all([calonPengingat(zona, minggu), liburMinggu(zona, minggu)]);
    for (const batch of potong(calon)) terkirim += await db.$transaction((tx) => kirimBatch(tx, batch, minggu, libur));
  }
  return terkirim;
}

/** Active pegawai of the zone's instansi with an approved SKP over some day of this week, with the days each SKP covers. */
function calonPengingat(zona: ZonaWaktu, m: Minggu): Promise<Calon[]> {
  return db.$queryRaw<Calon[]>`
    SELECT p.id::text AS "pegawaiId", i.id::text AS "instansiId", i."hariKerjaPerMinggu",
           json_agg(json_build_object('awal', to_char(s."periodeAwal", 'YYYY-MM-DD'), 'akhir', to_char(s."periodeAkhir", 'YYYY-MM-DD'))) AS cakupan
    FROM "Instansi" i
    JOIN "Pegawai" p ON p."instansiId" = i.id AND p.aktif
    JOIN "Skp" s ON s."pegawaiId" = p.id AND s.status = 'PERSETUJUAN' AND s."periodeAwal" <= ${m.hariIni}::date AND s."periodeAkhir" >= ${m.senin}::date
    WHERE i."zonaWaktu" = ${zona}::"ZonaWaktu"
    GROUP BY p.id, i.id
    ORDER BY p.id`;
}

/** The holidays of this week, per instansi of the zone. */
async function liburMinggu(zona: ZonaWaktu, m: Minggu): Promise<Map<string, Set<string>>> {
  const rows = await db.$queryRaw<Array<{ instansiId: string; tanggal: string }>>`
    SELECT h."instansiId"::text, to_char(h.tanggal, 'YYYY-MM-DD') AS tanggal
    FROM "HariLibur" h JOIN "Instansi" i ON i.id = h."instansiId"
    WHERE i."zonaWaktu" = ${zona}::"ZonaWaktu" AND h.tanggal BETWEEN ${m.senin}::date AND ${m.hariIni}::date`;
  const per = new Map<string, Set<string>>();
  for (const r of rows) per.set(r.instansiId, (per.get(r.instansiId) ?? new Set()).add(r.tanggal));
  return per;
}

async function kirimBatch(tx: Tx, batch: Calon[], m: Minggu, libur: Map<string, Set<string>>): Promise<number> {
  // The days of the batch's pegawai that have an entry, and the days they marked away: one statement.
  const hari = await tx.$queryRaw<Array<{ pegawaiId: string; tanggal: string; keterangan: JenisKeteranganHari | null }>>`
    SELECT "pegawaiId"::text, to_char(tanggal, 'YYYY-MM-DD') AS tanggal, NULL AS keterangan
    FROM "ProgresHarian" WHERE "pegawaiId" = ANY(${batch.map((c) => c.pegawaiId)}::uuid[]) AND tanggal BETWEEN ${m.senin}::date AND ${m.hariIni}::date
    GROUP BY "pegawaiId", tanggal
    UNION ALL
    SELECT "pegawaiId"::text, to_char(tanggal, 'YYYY-MM-DD'), jenis::text
    FROM "KeteranganHari" WHERE "pegawaiId" = ANY(${batch.map((c) => c.pegawaiId)}::uuid[]) AND tanggal BETWEEN ${m.senin}::date AND ${m.hariIni}::date`;
  const terisi = new Map<string, Set<string>>();
  const keterangan = new Map<string, Map<string, JenisKeteranganHari>>();
  for (const h of hari) {
    if (h.keterangan) keterangan.set(h.pegawaiId, (keterangan.get(h.pegawaiId) ?? new Map()).set(h.tanggal, h.keterangan));
    else terisi.set(h.pegawaiId, (terisi.get(h.pegawaiId) ?? new Set()).add(h.tanggal));
  }

  const daftar = batch.flatMap((c) => {
    const kalender = { hariKerjaPerMinggu: c.hariKerjaPerMinggu, libur: libur.get(c.instansiId) ?? new Set<string>(), keterangan: keterangan.get(c.pegawaiId) };
    const kosong = hariKosongMinggu(m.hariIni, kalender, terisi.get(c.pegawaiId) ?? new Set(), c.cakupan);
    if (kosong.length === 0) return [];
    return [{
      penerimaId: c.pegawaiId,
      kunci: kunciPengingatProgres(m.hariIni),
      judul: judulPengingatProgres(kosong.length),
      isi: isiPengingatProgres(kosong),
      tautan: `/progres-harian?tampilan=minggu&tanggal=${m.senin}`,
    }];
  });
  return kirimPengingatSekali(tx, "PENGINGAT_PROGRES_HARIAN", daftar);
}
