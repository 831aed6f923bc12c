import type { JenisRhk, LayoutSkp } from "@/lib/generated/prisma/enums";
import { requiresIntervensi } from "./skp-layout";

export type RhkSumber = { id: string; jenis: JenisRhk; teks: string; parentRhkId: string | null };

export type RhkSalinan<R extends RhkSumber> = R & { parentRhkId: string | null };

/**
 * Copy forward ("Salin RHK dari SKP sebelumnya"). A copied RHK keeps its intervensi only when
 * that RHK belongs to the current atasan's SKP of the new year; last year's RHK of the atasan,
 * or a former atasan's, would silently cascade from the wrong plan. Returns the copies and the
 * RHK the pegawai must link again before submitting.
 */
export function planSalinRhk<R extends RhkSumber>(
  sumber: readonly R[],
  rhkAtasanTahunIni: ReadonlySet<string>,
  layoutBaru: LayoutSkp,
): { salinan: RhkSalinan<R>[]; perluIntervensiBaru: string[] } {
  const perluIntervensiBaru: string[] = [];
  const salinan = sumber.map((rhk) => {
    const tetap = rhk.parentRhkId !== null && rhkAtasanTahunIni.has(rhk.parentRhkId) && layoutBaru !== "JPT";
    if (!tetap && requiresIntervensi(layoutBaru, rhk.jenis)) perluIntervensiBaru.push(rhk.teks);
    return { ...rhk, parentRhkId: tetap ? rhk.parentRhkId : null };
  });
  return { salinan, perluIntervensiBaru };
}
