import { z } from "./zod";
import { bebasKendali, PESAN_KARAKTER_TERLARANG } from "./dasar";

/**
 * 1 MB fits under Next's default limit for a Server Action request body; a 5000-row CSV is
 * about 1 MB, and the same rows as XLSX far less.
 */
export const IMPOR_MAKS_BYTE = 1_000_000;
export const IMPOR_MAKS_BARIS = 5000;
export const IMPOR_EKSTENSI = [".csv", ".xlsx"] as const;

export const PESAN_BERKAS_TERLALU_BESAR = `Berkas lebih dari 1 MB. Bagi data menjadi beberapa berkas (paling banyak ${IMPOR_MAKS_BARIS} baris per berkas).`;

/** The cells of an uploaded file after reading, before validation: one array per spreadsheet row. */
export const imporTabelSchema = z.object({
  namaBerkas: z.string().max(255).refine((v) => bebasKendali(v), PESAN_KARAKTER_TERLARANG),
  // Header row plus the rows; a little slack for blank rows the spreadsheet kept.
  tabel: z
    .array(z.array(z.string().max(1000).refine((v) => bebasKendali(v, true), PESAN_KARAKTER_TERLARANG)).max(100))
    .max(IMPOR_MAKS_BARIS + 100),
});

export type ImporTabelInput = z.infer<typeof imporTabelSchema>;
