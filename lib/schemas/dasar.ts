import { z } from "./zod";
import { parseIsoDate } from "@/lib/domain/tanggal";

/** The building blocks every schema uses for text, dates, decimals and versions. */

export const PESAN_KARAKTER_TERLARANG = "Isian memuat karakter yang tidak diizinkan.";

// NUL is refused by PostgreSQL in text columns (the save died with a server error); the other
// C0/C1 control characters and DEL are invisible and break the CSV and PDF output.
const KENDALI_SATU_BARIS = /[\u0000-\u001f\u007f-\u009f]/;
// A textarea keeps its tabs and line breaks.
const KENDALI_MULTI_BARIS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

// Half of a surrogate pair is no character at all: PostgreSQL refuses it in JSON (the audit
// diff), and a text column would store a replacement character instead of what was typed.
const SURROGAT_TUNGGAL = /[\ud800-\udfff]/u;

export function bebasKendali(value: string, multiBaris = false): boolean {
  return !(multiBaris ? KENDALI_MULTI_BARIS : KENDALI_SATU_BARIS).test(value) && !SURROGAT_TUNGGAL.test(value);
}

/**
 * Every text field: trimmed, and refused with a field message when it holds control characters.
 * `multiBaris` for a textarea. Chain `.min()`/`.max()` after it for the field's own wording.
 */
export function teks(options: { error?: string; multiBaris?: boolean } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .trim()
    .refine((v) => bebasKendali(v, options.multiBaris), PESAN_KARAKTER_TERLARANG);
}

export const TAHUN_MIN = 1900;
export const TAHUN_MAKS = 2100;

/**
 * A calendar date `YYYY-MM-DD` that exists: `2026-02-30` is refused, not read as 2 March, and
 * `2026-13-01` gets a field message instead of an invalid Date reaching the database.
 */
export function tanggal(label: string) {
  return z
    .string({ error: `Isi ${label}.` })
    .refine((v) => parseIsoDate(v) !== null, `Isi ${label} dengan tanggal yang valid.`)
    .refine((v) => {
      const date = parseIsoDate(v);
      return date === null || (date.getUTCFullYear() >= TAHUN_MIN && date.getUTCFullYear() <= TAHUN_MAKS);
    }, `Isi ${label} antara tahun ${TAHUN_MIN} dan ${TAHUN_MAKS}.`);
}

/** Decimal(18, 2) columns (target, realisasi) hold at most 16 digits before the decimal point. */
export const DESIMAL_MAKS_DIGIT_BULAT = 16;
export const PESAN_ANGKA_TERLALU_BESAR = "Angka paling besar 9.999.999.999.999.999,99 (16 digit sebelum koma).";

/** `plain` as parseAngka returns it (`12.5`): does it fit a Decimal(18, 2) column? */
export function muatDesimal(plain: string): boolean {
  const bulat = plain.replace(/^[+-]/, "").split(".")[0] ?? "";
  return bulat.length <= DESIMAL_MAKS_DIGIT_BULAT;
}

/** `version` columns are PostgreSQL int4; a larger number must not reach a query. */
export const INT4_MAKS = 2_147_483_647;

export const versi = (pesan: string) => z.number({ error: pesan }).int(pesan).positive(pesan).max(INT4_MAKS, pesan);
