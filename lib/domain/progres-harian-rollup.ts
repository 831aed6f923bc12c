/**
 * "Pakai sebagai realisasi": the daily realisasi summed over a periode becomes the indikator's
 * realisasi. Nothing is replaced silently: a different saved value needs the pegawai's yes.
 */
export type RealisasiTersimpan = { nilai: string | null; narasi: string | null; sumberData: string | null } | null;

export type PakaiProgres = {
  /** BARU: nothing saved yet; SAMA: already this value; GANTI: replaces another value (confirm first). */
  keadaan: "BARU" | "SAMA" | "GANTI";
  /** The realisasi form's fields: the sum as nilai, the saved uraian and sumber data kept. */
  isian: { nilai: string; narasi: string; sumberData: string };
};

export const SUMBER_DATA_PROGRES_HARIAN = "Progres Harian";

export function pakaiProgresHarian(tersimpan: RealisasiTersimpan, jumlah: number): PakaiProgres {
  const lama = tersimpan?.nilai ?? null;
  const keadaan = lama === null ? "BARU" : Number(lama) === jumlah ? "SAMA" : "GANTI";
  return {
    keadaan,
    isian: { nilai: String(jumlah), narasi: tersimpan?.narasi ?? "", sumberData: tersimpan?.sumberData || SUMBER_DATA_PROGRES_HARIAN },
  };
}
