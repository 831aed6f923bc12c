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
export type LayoutIndikator = IndikatorShape["layout"];
type IsianIndikator = Omit<IndikatorShape, "layout">;

/** One indikator's fields as a row of the RHK form, which knows the layout once for all rows. */
export const indikatorBarisSchema = indikatorShape.omit({ layout: true });
export type IndikatorBarisInput = z.input<typeof indikatorBarisSchema>;
export type IndikatorBarisSchemaOutput = z.output<typeof indikatorBarisSchema>;

/**
 * Every problem of one indikator for the SKP's layout, as [field, message]: the single modal
 * and the rows of the RHK form report the same messages.
 */
export function masalahIsianIndikator(v: IsianIndikator, layout: LayoutIndikator): [keyof IsianIndikator, string][] {
  const masalah: [keyof IsianIndikator, string][] = [];
  const issue = (path: keyof IsianIndikator, message: string) => masalah.push([path, message]);
  if (v.teks.length < 3) issue("teks", "Tuliskan indikator kinerja individu, minimal 3 karakter.");
  if (layout === "KUALITATIF") {
    if (!v.targetNarasi) issue("targetNarasi", "Tuliskan ukuran keberhasilan atau target.");
    return masalah;
  }
  if (layout === "STANDAR" && !v.aspek) issue("aspek", "Pilih aspek.");
  if (layout === "JPT" && !v.perspektif) issue("perspektif", "Pilih perspektif.");
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
  return masalah;
}

/**
 * A prefilled row of the RHK form that the pegawai left untouched (aspek and satuan are
 * suggestions, so they don't count): it is not an indikator and is not saved.
 */
export function barisIndikatorKosong(v: Pick<IsianIndikator, "teks" | "targetMin" | "targetMax" | "targetNarasi">): boolean {
  return !v.teks.trim() && !v.targetMin.trim() && !v.targetMax.trim() && !v.targetNarasi.trim();
}

function checkIndikator(v: IndikatorShape, ctx: z.RefinementCtx) {
  for (const [path, message] of masalahIsianIndikator(v, v.layout)) ctx.addIssue({ code: "custom", path: [path], message });
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
