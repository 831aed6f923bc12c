import "server-only";
import type { JenisJabatan, JenjangFungsional, StatusPenilaian } from "@/lib/generated/prisma/enums";
import { KOEFISIEN_TAHUNAN } from "@/lib/domain/angka-kredit";
import { NotFoundError } from "@/lib/domain/errors";
import { skpTerlihat } from "@/lib/domain/permissions";
import { riwayatAngkaKredit, type BarisPenilaianAngkaKredit, type RiwayatAngkaKredit } from "@/lib/domain/riwayat-angka-kredit";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { GELAR_SELECT, namaLengkap } from "@/lib/server/queries/pegawai";

export type AngkaKreditPegawai = {
  pegawai: { id: string; atasanId: string | null; nama: string; nip: string; jabatan: string; fungsional: boolean; jenjang: JenjangFungsional | null };
  riwayat: RiwayatAngkaKredit;
  /**
   * True when the actor sees only some of the pegawai's years (an atasan, the years they rated):
   * the riwayat's totals then cover only those years, and the page says so.
   */
  sebagian: boolean;
};

/** A row as the query returns it: the status, from which the domain's `final` is read. */
type BarisSql = Omit<BarisPenilaianAngkaKredit, "final"> & { status: StatusPenilaian };

/**
 * Every penilaian of a pegawai fungsional with its periode and SKP year, in one query. The
 * jenjang and months come from the finalisation snapshot (the jenjang at the time, not today's);
 * only its small `angkaKredit` part is read, never the whole document. Bounded by the pegawai's
 * own years: one SKP a year, at most 17 periode each. Which years the actor sees is the ZIP's
 * rule (skpTerlihat): an atasan only the SKPs they were the penilai of. Another pegawai's history
 * does not exist for an actor who may see none of it.
 */
export async function getAngkaKreditPegawai(actor: Actor, pegawaiId: string): Promise<AngkaKreditPegawai> {
  const pegawai = await db.pegawai.findFirst({
    where: { id: pegawaiId, instansiId: actor.instansiId },
    select: {
      id: true,
      instansiId: true,
      atasanId: true,
      nip: true,
      ...GELAR_SELECT,
      jabatan: true,
      jenisJabatan: true,
      jenjangFungsional: true,
      skp: { select: { id: true, penilaiId: true } },
    },
  });
  const terlihat = pegawai ? skpTerlihat(actor, pegawai, pegawai.skp) : null;
  if (!pegawai || !terlihat) throw new NotFoundError("Pegawai tidak ditemukan.");

  const fungsional = pegawai.jenisJabatan === ("FUNGSIONAL" satisfies JenisJabatan);
  const rows = fungsional && terlihat.length > 0
    ? await db.$queryRaw<BarisSql[]>`
        SELECT pn.id AS "penilaianId", t.tahun, pp.jenis::text AS jenis, pp.urutan, pp.awal, pp.akhir,
               pn.status::text AS status, pn.predikat::text AS predikat,
               pn.snapshot->'angkaKredit'->>'jenjang' AS "jenjangSnapshot",
               CASE WHEN jsonb_typeof(pn.snapshot->'angkaKredit'->'bulan') = 'number'
                    THEN (pn.snapshot->'angkaKredit'->>'bulan')::numeric::int END AS "bulanSnapshot"
        FROM "Penilaian" pn
        JOIN "Skp" s ON s.id = pn."skpId"
        JOIN "Tahun" t ON t.id = s."tahunId"
        JOIN "PeriodePenilaian" pp ON pp.id = pn."periodeId"
        WHERE s."pegawaiId" = ${pegawai.id}::uuid AND s.id = ANY(${terlihat.map((s) => s.id)}::uuid[])
        ORDER BY t.tahun, pp.awal`
    : [];

  return {
    pegawai: {
      id: pegawai.id,
      atasanId: pegawai.atasanId,
      nama: namaLengkap(pegawai),
      nip: pegawai.nip,
      jabatan: pegawai.jabatan,
      fungsional,
      jenjang: pegawai.jenjangFungsional,
    },
    riwayat: riwayatAngkaKredit(
      rows.map(({ status, jenjangSnapshot, ...r }) => ({
        ...r,
        final: status === "FINAL",
        // An old or hand-edited snapshot may name no jenjang we know: then today's is used, and shown so.
        jenjangSnapshot: jenjangSnapshot && jenjangSnapshot in KOEFISIEN_TAHUNAN ? jenjangSnapshot : null,
      })),
      fungsional ? pegawai.jenjangFungsional : null,
    ),
    sebagian: terlihat.length < pegawai.skp.length,
  };
}

/**
 * Of these pegawai, the ones whose angka kredit page this actor may open: the same rule as the
 * page (skpTerlihat), so a list links only where the page would not answer "tidak ditemukan".
 */
export async function angkaKreditTerlihat(actor: Actor, pegawaiIds: string[]): Promise<Set<string>> {
  if (pegawaiIds.length === 0) return new Set();
  const pegawai = await db.pegawai.findMany({
    where: { id: { in: pegawaiIds }, instansiId: actor.instansiId },
    select: { id: true, instansiId: true, skp: { select: { penilaiId: true } } },
  });
  return new Set(pegawai.filter((p) => skpTerlihat(actor, p, p.skp) !== null).map((p) => p.id));
}
