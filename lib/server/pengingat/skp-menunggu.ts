import "server-only";
import {
  diajukanSebelum,
  isiPengingatSkpMenunggu,
  judulPengingatSkpMenunggu,
  kunciPengingatSkpMenunggu,
  zonaPengingatPagi,
} from "@/lib/domain/pengingat";
import { namaDenganGelar } from "@/lib/domain/skp-snapshot";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import { db } from "@/lib/server/db";
import { kirimPengingatSekali, potong } from "./kirim-sekali";

type Calon = { skpId: string; penilaiId: string; nama: string; gelarDepan: string | null; gelarBelakang: string | null; diajukanPada: string };

/**
 * Daily at 08.00 in each instansi's zone: the penilai of every SKP that has waited for a
 * decision (status Pengajuan) more than 3 days since it was last submitted hears of it, once
 * per submission. Returns how many reminders were sent.
 */
export async function kirimPengingatSkpMenunggu(now: Date): Promise<number> {
  let terkirim = 0;
  for (const { zona } of zonaPengingatPagi(now)) {
    const calon = await calonPengingat(zona, now);
    for (const batch of potong(calon)) {
      const daftar = batch.map((c) => {
        const diajukan = new Date(c.diajukanPada);
        return {
          penerimaId: c.penilaiId,
          kunci: kunciPengingatSkpMenunggu(c.skpId, diajukan),
          judul: judulPengingatSkpMenunggu(namaDenganGelar(c), diajukan, now),
          isi: isiPengingatSkpMenunggu(zona, diajukan),
          tautan: `/skp-bawahan/${c.skpId}`,
        };
      });
      terkirim += await db.$transaction((tx) => kirimPengingatSekali(tx, "PENGINGAT_SKP_MENUNGGU", daftar));
    }
  }
  return terkirim;
}

/** SKP of the zone's instansi waiting on an active penilai, submitted more than 3 days before `now`. One statement. */
function calonPengingat(zona: ZonaWaktu, now: Date): Promise<Calon[]> {
  // RiwayatStatus.createdAt is UTC without a zone; the cut-off is compared the same way.
  return db.$queryRaw<Calon[]>`
    SELECT s.id::text AS "skpId", s."penilaiId"::text AS "penilaiId", p.nama, p."gelarDepan", p."gelarBelakang",
           to_char(d.diajukan, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "diajukanPada"
    FROM "Skp" s
    JOIN "Pegawai" p ON p.id = s."pegawaiId"
    JOIN "Instansi" i ON i.id = p."instansiId"
    JOIN "Pegawai" penilai ON penilai.id = s."penilaiId" AND penilai.aktif
    CROSS JOIN LATERAL (
      SELECT max(rs."createdAt") AS diajukan FROM "RiwayatStatus" rs
      WHERE rs.entitas = 'SKP' AND rs."entitasId" = s.id AND rs.ke = 'PENGAJUAN'
    ) d
    WHERE s.status = 'PENGAJUAN' AND i."zonaWaktu" = ${zona}::"ZonaWaktu"
      AND d.diajukan < (${diajukanSebelum(now).toISOString()}::timestamptz AT TIME ZONE 'UTC')
    ORDER BY s.id`;
}
