import { z } from "zod";
import { idSchema } from "./admin-common";

export const permintaanSetujuiSchema = z.object({ permintaanId: idSchema("Permintaan tidak dikenal.") });
export type PermintaanSetujuiInput = z.input<typeof permintaanSetujuiSchema>;

export const permintaanTolakSchema = z.object({
  permintaanId: idSchema("Permintaan tidak dikenal."),
  catatan: z
    .string({ error: "Tulis alasan penolakan." })
    .trim()
    .min(5, "Tulis alasan penolakan agar pegawai tahu langkah berikutnya (minimal 5 karakter).")
    .max(500, "Alasan penolakan maksimal 500 karakter."),
});
export type PermintaanTolakInput = z.input<typeof permintaanTolakSchema>;
