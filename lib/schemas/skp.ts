import { z } from "./zod";
import { parseIsoDate } from "@/lib/domain/tanggal";
import { tanggal, versi } from "./dasar";

export const skpCreateSchema = z
  .object({
    periodeAwal: tanggal("periode awal"),
    periodeAkhir: tanggal("periode akhir"),
    pendekatan: z.enum(["KUANTITATIF", "KUALITATIF"], { error: "Pilih pendekatan SKP." }),
    /** Copy RHK, indikator and lampiran forward from this earlier SKP; empty for a blank SKP. */
    salinDariSkpId: z.union([z.literal(""), z.guid({ error: "Pilih SKP yang akan disalin." })]),
  })
  .superRefine((v, ctx) => {
    if (!parseIsoDate(v.periodeAwal) || !parseIsoDate(v.periodeAkhir)) return;
    if (v.periodeAkhir < v.periodeAwal) {
      ctx.addIssue({ code: "custom", path: ["periodeAkhir"], message: "Periode akhir tidak boleh sebelum periode awal." });
    } else if (v.periodeAwal.slice(0, 4) !== v.periodeAkhir.slice(0, 4)) {
      ctx.addIssue({ code: "custom", path: ["periodeAkhir"], message: "Periode awal dan akhir harus dalam tahun yang sama." });
    }
  });
export type SkpCreateInput = z.input<typeof skpCreateSchema>;

/** Every change to an SKP or its children carries the version the user read. */
export const skpRefSchema = z.object({
  skpId: z.guid({ error: "SKP tidak dikenal." }),
  version: versi("Versi SKP tidak dikenal."),
});
export type SkpRefInput = z.input<typeof skpRefSchema>;
