import { z } from "./zod";
import { teks } from "./dasar";
import { barisIndikatorKosong, indikatorBarisSchema, masalahIsianIndikator } from "./indikator";
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

/** The indikator written in the RHK form itself, saved with the RHK in one transaction. */
export const rhkIndikatorShape = {
  /** The layout the form was shown in; needed only when rows come along. */
  layout: z.enum(["JPT", "STANDAR", "KUALITATIF"]).optional(),
  indikator: z.array(indikatorBarisSchema).max(20, "Paling banyak 20 indikator sekaligus.").default([]),
};

type RhkDenganIndikator = { layout?: "JPT" | "STANDAR" | "KUALITATIF"; indikator: z.output<typeof indikatorBarisSchema>[] };

export function checkIndikatorBaris(v: RhkDenganIndikator, ctx: z.RefinementCtx) {
  const diisi = v.indikator.filter((b) => !barisIndikatorKosong(b));
  if (diisi.length === 0) return;
  if (!v.layout) {
    ctx.addIssue({ code: "custom", path: ["layout"], message: "Bentuk SKP tidak diketahui. Muat ulang halaman lalu isi kembali." });
    return;
  }
  v.indikator.forEach((baris, i) => {
    if (barisIndikatorKosong(baris)) return;
    for (const [field, message] of masalahIsianIndikator(baris, v.layout!)) {
      ctx.addIssue({ code: "custom", path: ["indikator", i, field], message });
    }
  });
}

// The form's select may name a Tim Kerja role ("tim:<id>"); that becomes ambilPeranTim, not saveRhk.
const PILIHAN_PERAN_TIM = z.templateLiteral(["tim:", z.guid()]);

export const PESAN_WAJIB_INTERVENSI = "Pilih RHK atasan yang diintervensi; wajib untuk RHK Utama.";

/**
 * The RHK form's own schema. When the atasan has RHK to pick, an Utama RHK must name one: the
 * form checks that with everything else, so all messages of a submit appear at once (the
 * server checks it again against the atasan's SKP).
 */
export function rhkFormSchema(wajibPilihRhkAtasan: boolean) {
  return rhkFieldsSchema
    .extend({ ...rhkIndikatorShape, parentRhkId: z.union([z.literal(""), z.guid(), PILIHAN_PERAN_TIM], { error: "Pilih RHK atasan dari daftar." }) })
    .superRefine((v, ctx) => {
      checkIndikatorBaris(v, ctx);
      if (wajibPilihRhkAtasan && v.jenis === "UTAMA" && !v.parentRhkId) {
        ctx.addIssue({ code: "custom", path: ["parentRhkId"], message: PESAN_WAJIB_INTERVENSI });
      }
    });
}
export type RhkFormInput = z.input<ReturnType<typeof rhkFormSchema>>;

export const rhkSaveSchema = rhkFieldsSchema
  .extend({
    ...skpRefSchema.shape,
    ...rhkIndikatorShape,
    /** Absent when adding a new RHK. */
    rhkId: z.guid().optional(),
  })
  .superRefine(checkIndikatorBaris);
export type RhkSaveInput = z.input<typeof rhkSaveSchema>;

export const rhkDeleteSchema = skpRefSchema.extend({ rhkId: z.guid() });
export type RhkDeleteInput = z.input<typeof rhkDeleteSchema>;

export const rhkMoveSchema = skpRefSchema.extend({ rhkId: z.guid(), arah: z.enum(["naik", "turun"]) });
export type RhkMoveInput = z.input<typeof rhkMoveSchema>;
