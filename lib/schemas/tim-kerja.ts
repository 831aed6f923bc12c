import { z } from "./zod";
import { checkIndikatorBaris, rhkIndikatorShape } from "./rhk";
import { skpRefSchema } from "./skp";
import { teks, versi } from "./dasar";

const id = (pesan: string) => z.guid({ error: pesan });
const namaTim = teks({ error: "Isi nama tim." }).min(3, { error: "Nama tim paling sedikit 3 karakter." }).max(200, { error: "Nama tim paling banyak 200 karakter." });
const timRef = { timId: id("Tim tidak dikenal."), version: versi("Versi tim tidak dikenal.") };

export const buatTimSchema = z.object({
  nama: namaTim,
  tahunId: id("Pilih tahun SKP."),
  ketuaId: id("Pilih ketua tim."),
});
export type BuatTimInput = z.input<typeof buatTimSchema>;

export const ubahTimSchema = z.object({ ...timRef, nama: namaTim, ketuaId: id("Pilih ketua tim.") });
export type UbahTimInput = z.input<typeof ubahTimSchema>;

export const tutupTimSchema = z.object(timRef);
export type TutupTimInput = z.input<typeof tutupTimSchema>;

export const anggotaTimSchema = z.object({ ...timRef, pegawaiId: id("Pilih pegawai.") });
export type AnggotaTimInput = z.input<typeof anggotaTimSchema>;

export const rhkTimSchema = z.object({
  ...timRef,
  teks: teks({ error: "Isi RHK tim.", multiBaris: true }).min(3, { error: "RHK tim paling sedikit 3 karakter." }).max(1000, { error: "RHK tim paling banyak 1000 karakter." }),
  rhkPembuatId: id("Pilih RHK Anda yang diintervensi."),
});
export type RhkTimInput = z.input<typeof rhkTimSchema>;

export const peranTimSchema = z.object({
  ...timRef,
  rhkTimId: id("RHK tim tidak dikenal."),
  anggotaId: id("Anggota tidak dikenal."),
  peran: teks({ error: "Isi peran." }).min(3, { error: "Peran paling sedikit 3 karakter." }).max(500, { error: "Peran paling banyak 500 karakter." }),
  hasilDiharapkan: teks({ error: "Isi hasil yang diharapkan.", multiBaris: true })
    .min(3, { error: "Hasil yang diharapkan paling sedikit 3 karakter." })
    .max(1000, { error: "Hasil yang diharapkan paling banyak 1000 karakter." }),
});
export type PeranTimInput = z.input<typeof peranTimSchema>;

export const umpanBalikTimSchema = z.object({
  ...timRef,
  rhkId: id("RHK anggota tidak dikenal."),
  periodeId: id("Pilih periode."),
  teks: teks({ error: "Isi umpan balik.", multiBaris: true }).min(3, { error: "Umpan balik paling sedikit 3 karakter." }).max(2000, { error: "Umpan balik paling banyak 2000 karakter." }),
});
export type UmpanBalikTimInput = z.input<typeof umpanBalikTimSchema>;

/** The anggota takes a role of theirs into their Draft SKP as an RHK. */
export const ambilPeranTimSchema = skpRefSchema
  .extend({
    peranTimId: id("Peran tim tidak dikenal."),
    /** The RHK's wording; empty takes the role's expected result. */
    teks: teks({ multiBaris: true }).max(1000, { error: "Rencana Hasil Kerja paling banyak 1.000 karakter." }).optional(),
    ...rhkIndikatorShape,
  })
  .superRefine(checkIndikatorBaris);
export type AmbilPeranTimInput = z.input<typeof ambilPeranTimSchema>;

/** The penilai agrees that an RHK from a team role counts as Utama (or moves it back to Tambahan). */
export const jenisRhkTimSchema = skpRefSchema.extend({ rhkId: id("RHK tidak dikenal."), jenis: z.enum(["UTAMA", "TAMBAHAN"], { error: "Pilih jenis RHK." }) });
export type JenisRhkTimInput = z.input<typeof jenisRhkTimSchema>;
