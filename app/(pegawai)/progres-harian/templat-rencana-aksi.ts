import type { PilihanProgres, TemplatProgres } from "@/lib/server/queries/progres-harian";

export const NAMA_HARI_ISO = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];

/**
 * Whether a template's rencana aksi is one of this periode's. A template keeps the rencana aksi
 * it was saved with, which belongs to one periode; after the periode changes the pegawai is
 * told so and picks another, rather than the template failing.
 */
export function templatDiPeriode(t: Pick<TemplatProgres, "rencanaAksiId">, pilihan: Pick<PilihanProgres, "rhk">): boolean {
  return t.rencanaAksiId !== null && pilihan.rhk.some((r) => r.rencanaAksi.some((a) => a.id === t.rencanaAksiId));
}
