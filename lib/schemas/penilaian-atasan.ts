import { z } from "./zod";
import { teks, versi } from "./dasar";
import { REAKSI_UMPAN_BALIK } from "@/lib/domain/penilaian-atasan";
import { CoreValue, Rating } from "@/lib/generated/prisma/enums";

const teksUmpanBalik = teks({ multiBaris: true }).max(1000, { error: "Umpan balik paling banyak 1000 karakter." });
const reaksi = z.union([z.literal(""), z.enum(REAKSI_UMPAN_BALIK)], { error: "Reaksi tidak dikenal." });
// "" is "not chosen yet": a draft may be saved with one rating or none.
// A locked (disabled) rating may not be sent at all.
const rating = z.union([z.literal(""), z.enum(Rating)], { error: "Pilih salah satu rating." }).default("");

/** The penilaian being rated: one SKP, one periode, and the version the atasan read. */
export const penilaianRefSchema = z.object({
  skpId: z.guid({ error: "SKP tidak dikenal." }),
  periodeId: z.guid({ error: "Periode penilaian tidak dikenal." }),
  version: versi("Versi penilaian tidak dikenal."),
});

/** Everything the atasan writes on the rating page; Simpan and Finalkan send the same form. */
export const penilaianAtasanSchema = penilaianRefSchema.extend({
  ratingHasil: rating,
  ratingPerilaku: rating,
  catatan: teks({ multiBaris: true }).max(2000, { error: "Catatan paling banyak 2000 karakter." }),
  umpanBalikRhk: z
    .array(z.object({ rhkId: z.guid({ error: "RHK tidak dikenal." }), reaksi, teks: teksUmpanBalik }))
    .max(200),
  umpanBalikPerilaku: z.array(z.object({ coreValue: z.enum(CoreValue), reaksi, teks: teksUmpanBalik })).max(7),
});

/** Finalkan also carries the atasan's confirmation of a kurva warning (PERINGATAN mode). */
export const finalkanPenilaianSchema = penilaianAtasanSchema.extend({ konfirmasiKurva: z.boolean() });

export const bukaKembaliPenilaianSchema = penilaianRefSchema;

export type PenilaianAtasanInput = z.input<typeof penilaianAtasanSchema>;
export type FinalkanPenilaianInput = z.input<typeof finalkanPenilaianSchema>;
export type BukaKembaliPenilaianInput = z.input<typeof bukaKembaliPenilaianSchema>;
