import { z } from "./zod";
import { teks } from "./dasar";
import { skpRefSchema } from "./skp";

export const rhkFieldsSchema = z.object({
  jenis: z.enum(["UTAMA", "TAMBAHAN"], { error: "Pilih jenis RHK." }),
  /** Asked of JPT (eselon II) only; empty elsewhere. */
  klasifikasi: z.union([z.literal(""), z.enum(["ORGANISASI", "INDIVIDU"])], { error: "Pilih klasifikasi RHK." }),
  teks: teks({ multiBaris: true })
    .min(5, "Tuliskan Rencana Hasil Kerja, minimal 5 karakter.")
    .max(1000, "Rencana Hasil Kerja paling banyak 1.000 karakter."),
  /** "RHK atasan yang diintervensi"; empty when none is chosen. */
  parentRhkId: z.union([z.literal(""), z.guid()], { error: "Pilih RHK atasan dari daftar." }),
  penugasanDari: teks().max(200, "Penugasan dari paling banyak 200 karakter."),
});
export type RhkFieldsInput = z.input<typeof rhkFieldsSchema>;

export const rhkSaveSchema = rhkFieldsSchema.extend({
  ...skpRefSchema.shape,
  /** Absent when adding a new RHK. */
  rhkId: z.guid().optional(),
});
export type RhkSaveInput = z.input<typeof rhkSaveSchema>;

export const rhkDeleteSchema = skpRefSchema.extend({ rhkId: z.guid() });
export type RhkDeleteInput = z.input<typeof rhkDeleteSchema>;

export const rhkMoveSchema = skpRefSchema.extend({ rhkId: z.guid(), arah: z.enum(["naik", "turun"]) });
export type RhkMoveInput = z.input<typeof rhkMoveSchema>;
