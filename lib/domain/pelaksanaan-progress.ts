export type RealisasiIsi = { indikatorId: string; nilai: unknown; narasi: string | null };

/** A realisasi counts once it has a value or a narrative; sumber data alone is not a result. */
export function realisasiTerisi(r: Pick<RealisasiIsi, "nilai" | "narasi">): boolean {
  return r.nilai !== null || (r.narasi?.trim() ?? "") !== "";
}

/** How many of the SKP's indikator have a realisasi for the periode: "3 dari 5 indikator". */
export function progressRealisasi(indikatorIds: readonly string[], realisasi: readonly RealisasiIsi[]) {
  const ids = new Set(indikatorIds);
  const terisi = new Set(realisasi.filter((r) => ids.has(r.indikatorId) && realisasiTerisi(r)).map((r) => r.indikatorId));
  return { terisi: terisi.size, total: ids.size };
}
