import type { Aspek, JenisJabatan, JenisRhk, LayoutSkp, Pendekatan, Perspektif } from "@/lib/generated/prisma/enums";

/**
 * Which SKP form a pegawai fills, and what must be complete before "Ajukan SKP".
 */

export type IndikatorDraft = {
  teks: string;
  aspek: Aspek | null;
  perspektif: Perspektif | null;
  targetMin: number | string | null;
  targetMax: number | string | null;
  satuan: string | null;
  targetNarasi: string | null;
};

export type RhkDraft = {
  teks: string;
  jenis: JenisRhk;
  parentRhkId: string | null;
  indikator: readonly IndikatorDraft[];
};

/**
 * JPT (struktural eselon I or II) always uses the JPT matrix with perspektif, whatever the
 * pendekatan: its RHK come from the organisation's strategic plan, not from an atasan's RHK.
 * Everyone else gets the kualitatif form when they chose that pendekatan, else the standard.
 */
export function layoutFor(jenisJabatan: JenisJabatan, eselon: number | null, pendekatan: Pendekatan): LayoutSkp {
  if (jenisJabatan === "STRUKTURAL" && eselon !== null && eselon <= 2) return "JPT";
  return pendekatan === "KUALITATIF" ? "KUALITATIF" : "STANDAR";
}

/** Below JPT, a Utama RHK must name the atasan's RHK it supports (the cascade). */
export function requiresIntervensi(layout: LayoutSkp, jenis: JenisRhk): boolean {
  return layout !== "JPT" && jenis === "UTAMA";
}

/** Everything that stops an SKP from being submitted, in Bahasa Indonesia; empty when ready. */
export function validateSkpForAjukan(rhkList: readonly RhkDraft[], layout: LayoutSkp): string[] {
  const problems: string[] = [];
  if (!rhkList.some((r) => r.jenis === "UTAMA")) problems.push("Belum ada RHK Utama.");
  for (const rhk of rhkList) {
    const nama = kutip(rhk.teks);
    if (requiresIntervensi(layout, rhk.jenis) && !rhk.parentRhkId) {
      problems.push(`RHK ${nama} belum memilih RHK atasan yang diintervensi.`);
    }
    if (rhk.indikator.length === 0) {
      problems.push(`RHK ${nama} belum memiliki indikator.`);
      continue;
    }
    for (const ind of rhk.indikator) {
      problems.push(...masalahIndikator(ind, layout).map((m) => `Indikator ${kutip(ind.teks)} pada RHK ${nama} ${m}.`));
    }
  }
  return problems;
}

function masalahIndikator(ind: IndikatorDraft, layout: LayoutSkp): string[] {
  if (layout === "KUALITATIF") return ind.targetNarasi?.trim() ? [] : ["belum memiliki ukuran keberhasilan/target"];

  const masalah: string[] = [];
  if (layout === "JPT" && !ind.perspektif) masalah.push("belum memiliki perspektif");
  if (layout === "STANDAR" && !ind.aspek) masalah.push("belum memiliki aspek");
  if (ind.targetMin === null && ind.targetMax === null) masalah.push("belum memiliki target");
  else if (ind.targetMin !== null && ind.targetMax !== null && Number(ind.targetMin) > Number(ind.targetMax)) {
    masalah.push("memiliki target minimum yang lebih besar dari target maksimum");
  }
  if (!ind.satuan?.trim()) masalah.push("belum memiliki satuan target");
  return masalah;
}

/** RHK text in quotes, shortened so one long RHK doesn't flood the list. */
function kutip(teks: string): string {
  const t = teks.trim();
  return `"${t.length > 60 ? `${t.slice(0, 57)}…` : t}"`;
}
