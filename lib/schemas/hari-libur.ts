import { z } from "./zod";
import { teks } from "./dasar";
import { idSchema, isoDateSchema } from "./admin-common";

export const hariLiburCreateSchema = z.object({
  tanggal: isoDateSchema("tanggal"),
  nama: teks({ error: "Isi nama hari libur." }).min(3, "Isi nama hari libur, misalnya Hari Raya Idul Fitri.").max(150, "Nama maksimal 150 karakter."),
  jenis: z.enum(["LIBUR_NASIONAL", "CUTI_BERSAMA"], { error: "Pilih jenis: libur nasional atau cuti bersama." }),
});
export type HariLiburCreateInput = z.input<typeof hariLiburCreateSchema>;

export const hariLiburRefSchema = z.object({ hariLiburId: idSchema("Hari libur tidak dikenal.") });
export type HariLiburRefInput = z.input<typeof hariLiburRefSchema>;

export const isiLiburNasionalSchema = z.object({
  tahun: z.number({ error: "Pilih tahun." }).int("Pilih tahun.").min(2000, "Tahun minimal 2000.").max(2100, "Tahun maksimal 2100."),
});
export type IsiLiburNasionalInput = z.input<typeof isiLiburNasionalSchema>;
