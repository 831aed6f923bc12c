import { z } from "./zod";
import { skpRefSchema } from "@/lib/schemas/skp";
import { teks } from "./dasar";

/** Setujui sends the SKP and the version shown on the atasan's screen. */
export const setujuiSkpSchema = skpRefSchema;

export const kembalikanSkpSchema = skpRefSchema.extend({
  catatan: teks({ error: "Catatan wajib diisi.", multiBaris: true })
    .min(1, { error: "Catatan wajib diisi agar pegawai tahu apa yang harus diperbaiki." })
    .max(2000, { error: "Catatan paling banyak 2000 karakter." }),
});

export type SetujuiSkpInput = z.input<typeof setujuiSkpSchema>;
export type KembalikanSkpInput = z.input<typeof kembalikanSkpSchema>;
