import { z } from "./zod";
import { teks } from "./dasar";
import { idSchema } from "./admin-common";

export const permintaanSetujuiSchema = z.object({ permintaanId: idSchema("Permintaan tidak dikenal.") });
export type PermintaanSetujuiInput = z.input<typeof permintaanSetujuiSchema>;

export const permintaanTolakSchema = z.object({
  permintaanId: idSchema("Permintaan tidak dikenal."),
  catatan: teks({ error: "Tulis alasan penolakan.", multiBaris: true })
    .min(5, "Tulis alasan penolakan agar pegawai tahu langkah berikutnya (minimal 5 karakter).")
    .max(500, "Alasan penolakan maksimal 500 karakter."),
});
export type PermintaanTolakInput = z.input<typeof permintaanTolakSchema>;
