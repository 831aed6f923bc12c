import { z } from "./zod";
import { teks } from "./dasar";

export const pengaturanSchema = z.object({
  modeKurva: z.enum(["PERINGATAN", "BLOKIR"], { error: "Pilih perlakuan kurva distribusi." }),
  lokasi: teks({ error: "Isi lokasi penandatanganan." })
    .min(2, "Isi lokasi penandatanganan, misalnya Bandung.")
    .max(100, "Lokasi maksimal 100 karakter."),
});
export type PengaturanInput = z.input<typeof pengaturanSchema>;
