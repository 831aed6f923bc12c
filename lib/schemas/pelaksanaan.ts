import { z } from "./zod";
import { muatDesimal, PESAN_ANGKA_TERLALU_BESAR, tanggal, teks } from "./dasar";
import { parseAngka } from "@/lib/domain/skp-target";

/** Every pelaksanaan write names the SKP and the periode it belongs to. */
export const pelaksanaanRefSchema = z.object({
  skpId: z.guid({ error: "SKP tidak dikenal." }),
  periodeId: z.guid({ error: "Periode penilaian tidak dikenal." }),
});
export type PelaksanaanRefInput = z.input<typeof pelaksanaanRefSchema>;

// Plain strings, so every problem is reported at once by the refinement below.
const realisasiShape = z.object({
  nilai: teks().max(30, "Nilai realisasi terlalu panjang."),
  narasi: teks({ multiBaris: true }).max(2000, "Uraian realisasi paling banyak 2.000 karakter."),
  sumberData: teks().max(500, "Sumber data paling banyak 500 karakter."),
});

function checkRealisasi(v: z.output<typeof realisasiShape>, ctx: z.RefinementCtx) {
  const issue = (path: keyof typeof v, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  const nilai = v.nilai ? parseAngka(v.nilai) : null;
  if (v.nilai && nilai === null) issue("nilai", "Realisasi harus berupa angka, misalnya 2 atau 12,5.");
  else if (nilai !== null && !muatDesimal(nilai)) issue("nilai", PESAN_ANGKA_TERLALU_BESAR);
  if (!v.nilai && !v.narasi) issue("nilai", "Isi nilai realisasi atau uraiannya.");
  if (!v.sumberData) issue("sumberData", "Sebutkan sumber data, misalnya laporan bulanan atau aplikasi yang dipakai.");
}

export const realisasiFieldsSchema = realisasiShape.superRefine(checkRealisasi);
export type RealisasiFieldsInput = z.input<typeof realisasiFieldsSchema>;

export const realisasiSaveSchema = realisasiShape
  .extend({ ...pelaksanaanRefSchema.shape, indikatorId: z.guid({ error: "Indikator tidak dikenal." }) })
  .superRefine(checkRealisasi);
export type RealisasiSaveInput = z.input<typeof realisasiSaveSchema>;

export const rencanaAksiFieldsSchema = z.object({
  teks: teks({ multiBaris: true })
    .min(3, "Tuliskan rencana aksi, minimal 3 karakter.")
    .max(1000, "Rencana aksi paling banyak 1.000 karakter."),
});
export type RencanaAksiFieldsInput = z.input<typeof rencanaAksiFieldsSchema>;

export const rencanaAksiSaveSchema = rencanaAksiFieldsSchema.extend({
  ...pelaksanaanRefSchema.shape,
  rhkId: z.guid({ error: "RHK tidak dikenal." }),
  /** Absent when adding. */
  rencanaAksiId: z.guid({ error: "Rencana aksi tidak dikenal." }).optional(),
});
export type RencanaAksiSaveInput = z.input<typeof rencanaAksiSaveSchema>;

export const rencanaAksiDeleteSchema = pelaksanaanRefSchema.extend({
  rencanaAksiId: z.guid({ error: "Rencana aksi tidak dikenal." }),
});

export const TAUTAN_TIDAK_VALID = "Tautan harus berupa alamat http:// atau https:// yang lengkap";

export const buktiDukungFieldsSchema = z.object({
  nama: teks()
    .min(2, "Tuliskan nama bukti dukung, minimal 2 karakter.")
    .max(200, "Nama bukti dukung paling banyak 200 karakter."),
  // Only web links: the atasan opens them, so javascript:, file: or bare words never get stored.
  tautan: teks()
    .min(1, "Isi tautan bukti dukung, misalnya alamat berkas di Google Drive.")
    .max(2000, "Tautan paling banyak 2.000 karakter.")
    .pipe(z.httpUrl({ error: TAUTAN_TIDAK_VALID })),
});
export type BuktiDukungFieldsInput = z.input<typeof buktiDukungFieldsSchema>;

export const buktiDukungSaveSchema = buktiDukungFieldsSchema.extend({
  ...pelaksanaanRefSchema.shape,
  rhkId: z.guid({ error: "RHK tidak dikenal." }),
  /** Absent when adding. */
  buktiDukungId: z.guid({ error: "Bukti dukung tidak dikenal." }).optional(),
});
export type BuktiDukungSaveInput = z.input<typeof buktiDukungSaveSchema>;

export const buktiDukungDeleteSchema = pelaksanaanRefSchema.extend({
  buktiDukungId: z.guid({ error: "Bukti dukung tidak dikenal." }),
});

export const bukaPengisianSchema = z.object({
  pegawaiId: z.guid({ error: "Pilih pegawai." }),
  periodeId: z.guid({ error: "Pilih periode penilaian." }),
  hingga: tanggal("tanggal batas pengisian yang baru"),
});
export type BukaPengisianInput = z.input<typeof bukaPengisianSchema>;

export const tutupPengisianSchema = z.object({
  penilaianId: z.guid({ error: "Pembukaan pengisian tidak dikenal." }),
});
