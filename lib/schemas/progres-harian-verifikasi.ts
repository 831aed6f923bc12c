import { z } from "./zod";
import { tanggal, teks, versi } from "./dasar";
import { REAKSI_UMPAN_BALIK } from "@/lib/domain/penilaian-atasan";
import { KEPUTUSAN_VERIFIKASI, PESAN_CATATAN_WAJIB } from "@/lib/domain/progres-harian-verifikasi";

/** Most a week of one bawahan can hold is a few dozen entries; far more is no real request. */
const MAKS_ENTRI = 500;

const keputusan = {
  status: z.enum(KEPUTUSAN_VERIFIKASI, { error: "Pilih Sesuai atau Perlu perbaikan." }),
  catatan: teks({ multiBaris: true }).max(1000, { error: "Catatan paling banyak 1000 karakter." }),
};

// "Perlu perbaikan" tells the pegawai what to fix; without words it tells them nothing.
function catatanWajib(value: { status: string; catatan: string }, ctx: z.RefinementCtx) {
  if (value.status === "PERLU_PERBAIKAN" && value.catatan === "") ctx.addIssue({ code: "custom", path: ["catatan"], message: PESAN_CATATAN_WAJIB });
}

export const keputusanFieldsSchema = z.object(keputusan).superRefine(catatanWajib);
export type KeputusanFieldsInput = z.input<typeof keputusanFieldsSchema>;

/** One entry or a selection: each with the version the atasan read. */
export const verifikasiEntriSchema = z
  .object({
    entri: z
      .array(z.object({ id: z.guid({ error: "Kegiatan tidak dikenal." }), version: versi("Versi kegiatan tidak dikenal.") }), { error: "Pilih kegiatan." })
      .min(1, { error: "Pilih minimal satu kegiatan." })
      .max(MAKS_ENTRI, { error: `Paling banyak ${MAKS_ENTRI} kegiatan sekaligus.` }),
    ...keputusan,
  })
  .superRefine(catatanWajib);
export type VerifikasiEntriInput = z.input<typeof verifikasiEntriSchema>;

/**
 * Every entry of one bawahan's week still waiting. `jumlah` is what the confirmation showed:
 * when the week holds a different number by the time it is saved, nothing is saved.
 */
export const verifikasiMingguSchema = z
  .object({
    pegawaiId: z.guid({ error: "Pegawai tidak dikenal." }),
    minggu: tanggal("minggu"),
    jumlah: z.number({ error: "Jumlah kegiatan tidak dikenal." }).int().min(1).max(MAKS_ENTRI),
    ...keputusan,
  })
  .superRefine(catatanWajib);
export type VerifikasiMingguInput = z.input<typeof verifikasiMingguSchema>;

export const umpanBalikFieldsSchema = z.object({
  reaksi: z.union([z.literal(""), z.enum(REAKSI_UMPAN_BALIK)], { error: "Reaksi tidak dikenal." }),
  teks: teks({ multiBaris: true }).max(1000, { error: "Umpan balik paling banyak 1000 karakter." }),
});
export type UmpanBalikFieldsInput = z.input<typeof umpanBalikFieldsSchema>;

export const umpanBalikProgresSchema = umpanBalikFieldsSchema.extend({
  id: z.guid({ error: "Kegiatan tidak dikenal." }),
  version: versi("Versi kegiatan tidak dikenal."),
});
export type UmpanBalikProgresInput = z.input<typeof umpanBalikProgresSchema>;
