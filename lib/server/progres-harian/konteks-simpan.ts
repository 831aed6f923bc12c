import "server-only";
import type { Aspek } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";

export type KonteksSimpan = {
  /** Null when the rencana aksi is not one of this SKP's for this periode. */
  rencanaAksi: { teks: string; indikator: Array<{ id: string; aspek: Aspek | null }> } | null;
  /** The pegawai's other entries that day, for the overlap rule. */
  hariItu: Array<{ id: string; jamMulai: number; jamSelesai: number; kegiatan: string }>;
};

/**
 * What saving an entry checks against, in one statement: the chosen rencana aksi (of this SKP
 * and periode) with its RHK's indikator in order, and the pegawai's entries of that day. Run
 * after `claimHarian` took the periode's lock, so no entry of the same pegawai slips in between.
 */
export async function loadKonteksSimpan(
  tx: Tx,
  p: { pegawaiId: string; skpId: string; periodeId: string; rencanaAksiId: string; tanggal: string },
): Promise<KonteksSimpan> {
  const rows = await tx.$queryRaw<KonteksSimpan[]>`
    SELECT
      (SELECT json_build_object('teks', ra.teks, 'indikator', COALESCE(
          (SELECT json_agg(json_build_object('id', i.id, 'aspek', i.aspek) ORDER BY i.urutan) FROM "Indikator" i WHERE i."rhkId" = r.id), '[]'::json))
        FROM "RencanaAksi" ra JOIN "Rhk" r ON r.id = ra."rhkId"
        WHERE ra.id = ${p.rencanaAksiId}::uuid AND ra."periodeId" = ${p.periodeId}::uuid AND r."skpId" = ${p.skpId}::uuid) AS "rencanaAksi",
      COALESCE((SELECT json_agg(json_build_object('id', ph.id, 'jamMulai', ph."jamMulai", 'jamSelesai', ph."jamSelesai", 'kegiatan', ph.kegiatan))
        FROM "ProgresHarian" ph WHERE ph."pegawaiId" = ${p.pegawaiId}::uuid AND ph.tanggal = ${p.tanggal}::date), '[]'::json) AS "hariItu"`;
  return rows[0] as KonteksSimpan;
}
