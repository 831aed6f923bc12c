import { z } from "./zod";
import { INT4_MAKS, tanggal, teks, versi } from "./dasar";
import { TAUTAN_TIDAK_VALID } from "./pelaksanaan";
import { parseJam } from "@/lib/domain/hari-kerja";

/** Progres Harian: the daily entry, the days marked away, copying and templates. */

const jam = (label: string) =>
  teks({ error: `Isi ${label}.` })
    .min(1, `Isi ${label}.`)
    .refine((v) => parseJam(v) !== null, `Isi ${label} dengan jam yang valid, misalnya 08:00.`);

const REALISASI_SALAH = "Realisasi berupa bilangan bulat 0 atau lebih, misalnya 3.";

/** Plain strings as the form holds them; the refinement below reports every problem at once. */
const progresShape = z.object({
  tanggal: tanggal("tanggal kegiatan"),
  jamMulai: jam("jam mulai"),
  jamSelesai: jam("jam selesai"),
  rencanaAksiId: z.guid({ error: "Pilih rencana aksi yang dikerjakan." }),
  indikatorId: z.union([z.literal(""), z.guid({ error: "Indikator tidak dikenal." })], { error: "Indikator tidak dikenal." }),
  kegiatan: teks({ multiBaris: true })
    .min(3, "Tuliskan kegiatan yang dikerjakan, minimal 3 karakter.")
    .max(2000, "Kegiatan paling banyak 2.000 karakter."),
  realisasi: teks().refine((v) => /^\d{1,10}$/.test(v) && Number(v) <= INT4_MAKS, REALISASI_SALAH),
  satuan: teks().min(1, "Isi satuan realisasi, misalnya Dokumen.").max(100, "Satuan paling banyak 100 karakter."),
  tautanBukti: z.union([z.literal(""), teks().max(2000, "Tautan paling banyak 2.000 karakter.").pipe(z.httpUrl({ error: TAUTAN_TIDAK_VALID }))], {
    error: TAUTAN_TIDAK_VALID,
  }),
  sumberData: teks().max(500, "Sumber data paling banyak 500 karakter."),
});

function checkJam(v: { jamMulai: string; jamSelesai: string }, ctx: z.RefinementCtx) {
  const mulai = parseJam(v.jamMulai);
  const selesai = parseJam(v.jamSelesai);
  if (mulai !== null && selesai !== null && selesai <= mulai) {
    ctx.addIssue({ code: "custom", path: ["jamSelesai"], message: "Jam selesai harus setelah jam mulai." });
  }
}

export const progresHarianFieldsSchema = progresShape.superRefine(checkJam);
export type ProgresHarianFieldsInput = z.input<typeof progresHarianFieldsSchema>;

export const progresHarianSaveSchema = progresShape
  .extend({
    /** Both absent when adding. */
    progresId: z.guid({ error: "Progres harian tidak dikenal." }).optional(),
    version: versi("Versi progres harian tidak dikenal.").optional(),
  })
  .superRefine(checkJam);
export type ProgresHarianSaveInput = z.input<typeof progresHarianSaveSchema>;

export const progresHarianDeleteSchema = z.object({
  progresId: z.guid({ error: "Progres harian tidak dikenal." }),
  version: versi("Versi progres harian tidak dikenal."),
});
export type ProgresHarianDeleteInput = z.input<typeof progresHarianDeleteSchema>;

export const JENIS_KETERANGAN = ["CUTI", "SAKIT", "DINAS_LUAR", "TUGAS_BELAJAR"] as const;

export const keteranganHariSchema = z.object({
  tanggal: tanggal("tanggal"),
  jenis: z.enum(JENIS_KETERANGAN, { error: "Pilih keterangan: cuti, sakit, dinas luar, atau tugas belajar." }),
  catatan: teks().max(500, "Catatan paling banyak 500 karakter."),
});
export type KeteranganHariInput = z.input<typeof keteranganHariSchema>;

export const keteranganHariHapusSchema = z.object({ tanggal: tanggal("tanggal") });

export const salinProgresSchema = z.object({
  tanggal: tanggal("tanggal tujuan"),
  dari: z.enum(["kemarin", "minggu-lalu"], { error: "Pilih sumber salinan." }),
});
export type SalinProgresInput = z.input<typeof salinProgresSchema>;

export const templatKegiatanSaveSchema = z
  .object({
    templatId: z.guid({ error: "Templat tidak dikenal." }).optional(),
    nama: teks().min(2, "Beri nama templat, minimal 2 karakter.").max(100, "Nama templat paling banyak 100 karakter."),
    hari: z.enum(["", "1", "2", "3", "4", "5", "6"], { error: "Pilih hari templat." }),
    jamMulai: progresShape.shape.jamMulai,
    jamSelesai: progresShape.shape.jamSelesai,
    kegiatan: progresShape.shape.kegiatan,
    rencanaAksiId: z.union([z.literal(""), z.guid({ error: "Rencana aksi tidak dikenal." })], { error: "Rencana aksi tidak dikenal." }),
    realisasi: progresShape.shape.realisasi,
    satuan: progresShape.shape.satuan,
  })
  .superRefine(checkJam);
export type TemplatKegiatanSaveInput = z.input<typeof templatKegiatanSaveSchema>;

export const templatKegiatanDeleteSchema = z.object({ templatId: z.guid({ error: "Templat tidak dikenal." }) });

export const terapkanTemplatSchema = z.object({ tanggal: tanggal("tanggal") });
