import "server-only";
import type { KurvaCounts } from "@/lib/domain/kurva";
import { hitungDistribusi } from "@/lib/domain/penilaian-atasan";
import type { OrganisasiSnapshot } from "@/lib/domain/penilaian-snapshot";
import type { Tx } from "@/lib/server/db";
import { loadKurvaUnits, loadSebaranPenilai, type KurvaUnitInfo, type PegawaiDinilai } from "@/lib/server/penilaian/kurva";

export type OrganisasiPenilaian = { organisasi: OrganisasiSnapshot; kurvaUnit: KurvaUnitInfo | undefined; counts: KurvaCounts };

/**
 * The capaian organisasi and the pola distribusi an evaluation prints, from the penilai's saved
 * predikat in the kurva unit (this penilaian's included). The capaian is the one the rating page
 * used: a unit head's own unit's, which fixed their Rating Hasil Kerja, not that of the unit above
 * whose kurva they count in.
 */
export async function loadOrganisasiPenilaian(
  tx: Tx,
  p: { instansiId: string; penilaiId: string | null; periodeId: string; dinilai: PegawaiDinilai },
): Promise<OrganisasiPenilaian> {
  const { dipimpin, capaianDipimpin, kurvaUnitId } = p.dinilai;
  const sebaran = p.penilaiId ? (await loadSebaranPenilai(tx, p.penilaiId, p.periodeId)).filter((e) => e.kurvaUnitId === kurvaUnitId) : [];
  const [kurvaUnit] = kurvaUnitId ? await loadKurvaUnits(tx, p.instansiId, [kurvaUnitId], p.periodeId) : [];
  const counts = hitungDistribusi(sebaran.map((e) => e.predikat));
  return {
    organisasi: {
      unit: dipimpin ? dipimpin.nama : (kurvaUnit?.nama ?? null),
      capaian: dipimpin ? capaianDipimpin : (kurvaUnit?.capaian ?? null),
      distribusi: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0, ...counts },
      unitDistribusi: kurvaUnit?.nama ?? null,
    },
    kurvaUnit,
    counts,
  };
}
