import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/domain/tanggal";
import { periodeFormSchema } from "@/lib/schemas/admin-periode";
import { pegawaiCariSchema } from "@/lib/schemas/admin-pegawai";
import { indikatorFieldsSchema } from "@/lib/schemas/indikator";
import { realisasiFieldsSchema } from "@/lib/schemas/pelaksanaan";
import { rhkDeleteSchema, rhkFieldsSchema } from "@/lib/schemas/rhk";
import { skpCreateSchema, skpRefSchema } from "@/lib/schemas/skp";
// Plain zod on purpose: importing a schema alone must switch its default messages to Indonesian.
import { z } from "zod";

function fieldErrors(schema: z.ZodType, input: unknown): Record<string, string[] | undefined> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return {};
  return z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>;
}

const rhk = { jenis: "UTAMA", klasifikasi: "", teks: "Terlaksananya layanan mutasi", parentRhkId: "", penugasanDari: "" };
const indikator = {
  layout: "STANDAR",
  aspek: "KUANTITAS",
  perspektif: "",
  teks: "Jumlah usulan yang diproses",
  rentang: false,
  targetMin: "12",
  targetMax: "",
  satuan: "Dokumen",
  targetNarasi: "",
};

describe("parseIsoDate", () => {
  it("reads days that exist, leap days included", () => {
    expect(parseIsoDate("2026-12-31")?.toISOString()).toBe("2026-12-31T00:00:00.000Z");
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
  });

  it("refuses days that do not exist instead of rolling them over", () => {
    for (const value of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-12-32", "2026-00-10", "2026-04-31", "2026-1-01", " 2026-01-01", "2026-01-01T00:00"]) {
      expect(parseIsoDate(value), value).toBeNull();
    }
  });
});

describe("text fields", () => {
  it("refuse a NUL byte with a field message", () => {
    expect(fieldErrors(rhkFieldsSchema, { ...rhk, teks: "Layanan\u0000 mutasi" }).teks).toContain(
      "Isian memuat karakter yang tidak diizinkan.",
    );
    expect(fieldErrors(pegawaiCariSchema, { q: "ab\u0000", kecualiId: "" }).q).toContain("Isian memuat karakter yang tidak diizinkan.");
  });

  it("refuse other control characters, but a textarea keeps its line breaks and tabs", () => {
    expect(fieldErrors(rhkFieldsSchema, { ...rhk, penugasanDari: "Kepala\u001b[31m" }).penugasanDari).toContain(
      "Isian memuat karakter yang tidak diizinkan.",
    );
    expect(fieldErrors(rhkFieldsSchema, { ...rhk, penugasanDari: "Kepala\nBidang" }).penugasanDari).toContain(
      "Isian memuat karakter yang tidak diizinkan.",
    );
    expect(rhkFieldsSchema.safeParse({ ...rhk, teks: "Baris satu\r\nBaris\tdua" }).success).toBe(true);
  });

  it("refuse half a surrogate pair, but keep emoji and every script", () => {
    expect(fieldErrors(rhkFieldsSchema, { ...rhk, teks: "Layanan mutasi \ud800" }).teks).toContain(
      "Isian memuat karakter yang tidak diizinkan.",
    );
    expect(rhkFieldsSchema.safeParse({ ...rhk, teks: "Layanan 😀 مرحبا 日本語 Ñandú" }).success).toBe(true);
  });
});

describe("decimal fields", () => {
  it("accept 16 digits before the comma and refuse 17 with the allowed maximum", () => {
    expect(indikatorFieldsSchema.safeParse({ ...indikator, targetMin: "9999999999999999,99" }).success).toBe(true);
    const pesan = "Angka paling besar 9.999.999.999.999.999,99 (16 digit sebelum koma).";
    expect(fieldErrors(indikatorFieldsSchema, { ...indikator, targetMin: "12345678901234567" }).targetMin).toEqual([pesan]);
    expect(
      fieldErrors(indikatorFieldsSchema, { ...indikator, rentang: true, targetMin: "1", targetMax: "99999999999999999" }).targetMax,
    ).toEqual([pesan]);
    expect(fieldErrors(realisasiFieldsSchema, { nilai: "10000000000000000", narasi: "", sumberData: "Laporan" }).nilai).toEqual([pesan]);
  });
});

describe("date fields", () => {
  it("refuse impossible dates in an SKP and a periode", () => {
    const skp = { periodeAwal: "2026-01-01", periodeAkhir: "2026-02-30", pendekatan: "KUANTITATIF", salinDariSkpId: "" };
    expect(fieldErrors(skpCreateSchema, skp).periodeAkhir).toEqual(["Isi periode akhir dengan tanggal yang valid."]);
    const periode = { jenis: "BULANAN", urutan: 1, awal: "2026-13-01", akhir: "2026-12-32", batasPengisian: "2027-01-05" };
    const errors = fieldErrors(periodeFormSchema, periode);
    expect(errors.awal).toEqual(["Isi tanggal awal dengan tanggal yang valid."]);
    expect(errors.akhir).toEqual(["Isi tanggal akhir dengan tanggal yang valid."]);
  });

  it("refuse years the app has no use for", () => {
    const skp = { periodeAwal: "0000-01-01", periodeAkhir: "0000-12-31", pendekatan: "KUANTITATIF", salinDariSkpId: "" };
    expect(fieldErrors(skpCreateSchema, skp).periodeAwal).toEqual(["Isi periode awal antara tahun 1900 dan 2100."]);
  });
});

describe("zod's own messages", () => {
  it("are in Bahasa Indonesia where a field has no wording of its own", () => {
    const errors = fieldErrors(rhkFieldsSchema, { ...rhk, teks: 5, jenis: undefined });
    expect(errors.teks?.[0]).toMatch(/^Input tidak valid: diharapkan string, diterima number/);
    const ref = fieldErrors(rhkDeleteSchema, { skpId: "3f0c1f3e-8a6b-4c1e-9a57-1d2c3b4a5e6f", version: 1, rhkId: "bukan-id" });
    expect(ref.rhkId).toEqual(["GUID tidak valid"]);
  });

  it("refuse a version beyond PostgreSQL's int4 with the field's message", () => {
    const id = "3f0c1f3e-8a6b-4c1e-9a57-1d2c3b4a5e6f";
    expect(fieldErrors(skpRefSchema, { skpId: id, version: 2 ** 31 }).version).toEqual(["Versi SKP tidak dikenal."]);
  });
});
