import { z } from "./zod";
import { muatDesimal, PESAN_ANGKA_TERLALU_BESAR, teks } from "./dasar";
import { parseAngka } from "@/lib/domain/skp-target";
import { skpRefSchema } from "./skp";

// Every field is a plain string so that all problems are reported at once by the one
// refinement below, which knows which fields the SKP's layout asks for.
const indikatorShape = z.object({
  layout: z.enum(["JPT", "STANDAR", "KUALITATIF"]),
  aspek: z.union([z.literal(""), z.enum(["KUANTITAS", "KUALITAS", "WAKTU", "BIAYA"])], { error: "Pilih aspek." }),
  perspektif: z.union(
    [z.literal(""), z.enum(["PENERIMA_LAYANAN", "PROSES_BISNIS", "PENGUATAN_INTERNAL", "ANGGARAN"])],
    { error: "Pilih perspektif." },
  ),
  teks: teks({ multiBaris: true }).max(1000, "Indikator paling banyak 1.000 karakter."),
  rentang: z.boolean(),
  targetMin: teks(),
  targetMax: teks(),
  satuan: teks().max(50, "Satuan paling banyak 50 karakter."),
  targetNarasi: teks({ multiBaris: true }).max(2000, "Target paling banyak 2.000 karakter."),
});

type IndikatorShape = z.output<typeof indikatorShape>;

function checkIndikator(v: IndikatorShape, ctx: z.RefinementCtx) {
  const issue = (path: keyof IndikatorShape, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (v.teks.length < 3) issue("teks", "Tuliskan indikator kinerja individu, minimal 3 karakter.");
  if (v.layout === "KUALITATIF") {
    if (!v.targetNarasi) issue("targetNarasi", "Tuliskan ukuran keberhasilan atau target.");
    return;
  }
  if (v.layout === "STANDAR" && !v.aspek) issue("aspek", "Pilih aspek.");
  if (v.layout === "JPT" && !v.perspektif) issue("perspektif", "Pilih perspektif.");
  const min = parseAngka(v.targetMin);
  if (min === null) issue("targetMin", v.targetMin ? "Target harus berupa angka, misalnya 2 atau 12,5." : "Isi target.");
  else if (!muatDesimal(min)) issue("targetMin", PESAN_ANGKA_TERLALU_BESAR);
  if (v.rentang) {
    const max = parseAngka(v.targetMax);
    if (max === null) issue("targetMax", v.targetMax ? "Target maksimum harus berupa angka." : "Isi target maksimum.");
    else if (!muatDesimal(max)) issue("targetMax", PESAN_ANGKA_TERLALU_BESAR);
    else if (min !== null && Number(max) <= Number(min)) issue("targetMax", "Target maksimum harus lebih besar dari target minimum.");
  }
  if (!v.satuan) issue("satuan", "Isi satuan target, misalnya Dokumen, %, atau Bulan.");
}

export const indikatorFieldsSchema = indikatorShape.superRefine(checkIndikator);
export type IndikatorFieldsInput = z.input<typeof indikatorFieldsSchema>;

export const indikatorSaveSchema = indikatorShape
  .extend({
    ...skpRefSchema.shape,
    rhkId: z.guid(),
    /** Absent when adding a new indikator. */
    indikatorId: z.guid().optional(),
  })
  .superRefine(checkIndikator);
export type IndikatorSaveInput = z.input<typeof indikatorSaveSchema>;

export const indikatorDeleteSchema = skpRefSchema.extend({ indikatorId: z.guid() });
export type IndikatorDeleteInput = z.input<typeof indikatorDeleteSchema>;
