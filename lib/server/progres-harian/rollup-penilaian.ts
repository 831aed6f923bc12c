import "server-only";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

export type BuktiProgresHarian = { tautan: string; kegiatan: string; tanggal: string };

export type RollupProgresHarian = {
  /** Per indikator: the sum of the linked daily realisasi in the periode. */
  jumlah: Record<string, number>;
  /** Per RHK: the distinct bukti links of the entries on its rencana aksi, oldest first. */
  bukti: Record<string, BuktiProgresHarian[]>;
};

type Baris = { jenis: "jumlah" | "bukti"; kunci: string; jumlah: number | null; tautan: string | null; kegiatan: string | null; tanggal: Date | null };

/**
 * What the pegawai's own Progres Harian says about one periode of their SKP, for the realisasi
 * page: one statement. An entry the atasan returned (Perlu perbaikan) counts for nothing until
 * it is fixed; one still waiting or Sesuai counts. Scoped to the actor's own entries.
 */
export async function getRollupProgresHarian(actor: Actor, skpId: string, awal: Date, akhir: Date): Promise<RollupProgresHarian> {
  const baris = await db.$queryRaw<Baris[]>`
    SELECT 'jumlah' AS jenis, ph."indikatorId"::text AS kunci, sum(ph.realisasi)::int AS jumlah, NULL AS tautan, NULL AS kegiatan, NULL::date AS tanggal
    FROM "ProgresHarian" ph
    WHERE ph."pegawaiId" = ${actor.id}::uuid AND ph."skpId" = ${skpId}::uuid AND ph.tanggal BETWEEN ${awal}::date AND ${akhir}::date
      AND ph.status <> 'PERLU_PERBAIKAN' AND ph."indikatorId" IS NOT NULL
    GROUP BY ph."indikatorId"
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (ra."rhkId", ph."tautanBukti") 'bukti', ra."rhkId"::text, NULL::int, ph."tautanBukti", ph.kegiatan, ph.tanggal
      FROM "ProgresHarian" ph JOIN "RencanaAksi" ra ON ra.id = ph."rencanaAksiId"
      WHERE ph."pegawaiId" = ${actor.id}::uuid AND ph."skpId" = ${skpId}::uuid AND ph.tanggal BETWEEN ${awal}::date AND ${akhir}::date
        AND ph.status <> 'PERLU_PERBAIKAN' AND ph."tautanBukti" IS NOT NULL
      ORDER BY ra."rhkId", ph."tautanBukti", ph.tanggal, ph."jamMulai"
    ) b`;

  const rollup: RollupProgresHarian = { jumlah: {}, bukti: {} };
  for (const b of baris) {
    if (b.jenis === "jumlah") rollup.jumlah[b.kunci] = b.jumlah ?? 0;
    else if (b.tautan && b.tanggal) (rollup.bukti[b.kunci] ??= []).push({ tautan: b.tautan, kegiatan: b.kegiatan ?? "", tanggal: toIsoDate(b.tanggal) });
  }
  for (const list of Object.values(rollup.bukti)) list.sort((x, y) => x.tanggal.localeCompare(y.tanggal));
  return rollup;
}
