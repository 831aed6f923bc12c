import { z } from "./zod";
import { teks } from "./dasar";
import { skpRefSchema } from "./skp";

export const lampiranFieldsSchema = z.object({
  teks: teks({ multiBaris: true })
    .min(3, "Tuliskan isian lampiran, minimal 3 karakter.")
    .max(1000, "Isian lampiran paling banyak 1.000 karakter."),
});
export type LampiranFieldsInput = z.input<typeof lampiranFieldsSchema>;

export const lampiranAddSchema = lampiranFieldsSchema.extend({
  ...skpRefSchema.shape,
  jenis: z.enum(["DUKUNGAN_SUMBER_DAYA", "SKEMA_PERTANGGUNGJAWABAN", "KONSEKUENSI"], { error: "Pilih jenis lampiran." }),
});
export type LampiranAddInput = z.input<typeof lampiranAddSchema>;

export const lampiranDeleteSchema = skpRefSchema.extend({ lampiranId: z.guid() });
export type LampiranDeleteInput = z.input<typeof lampiranDeleteSchema>;
