import { describe, expect, test } from "vitest";
import { rhkFormSchema } from "@/lib/schemas/rhk";

// Issue 13 point 8: one submit of the RHK form reports every problem, the required "RHK atasan"
// included (it used to come only from the server, i.e. on the second submit).
const kosong = { aspek: "", perspektif: "", teks: "", rentang: false, targetMin: "", targetMax: "", satuan: "", targetNarasi: "" } as const;
const rhk = { jenis: "UTAMA", klasifikasi: "", teks: "", parentRhkId: "", penugasanDari: "", layout: "STANDAR" } as const;

function pesan(wajib: boolean, values: Record<string, unknown>) {
  const result = rhkFormSchema(wajib).safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("rhkFormSchema", () => {
  test("an empty Utama RHK gets its text and RHK atasan messages at once, with a half-filled indikator row's", () => {
    const errors = pesan(true, { ...rhk, indikator: [{ ...kosong, aspek: "KUANTITAS", teks: "Jumlah usulan" }, { ...kosong, aspek: "KUALITAS", satuan: "%" }] });
    expect(errors).toEqual({
      teks: "Tuliskan Rencana Hasil Kerja, minimal 5 karakter.",
      parentRhkId: "Pilih RHK atasan yang diintervensi; wajib untuk RHK Utama.",
      "indikator.0.targetMin": "Isi target.",
      "indikator.0.satuan": "Isi satuan target, misalnya Dokumen, %, atau Bulan.",
    });
  });

  test("RHK atasan is not asked when there is nothing to pick, nor for a Tambahan RHK", () => {
    expect(pesan(false, { ...rhk, teks: "Terprosesnya usulan mutasi", indikator: [] })).toEqual({});
    expect(pesan(true, { ...rhk, jenis: "TAMBAHAN", teks: "Terprosesnya usulan mutasi", indikator: [] })).toEqual({});
  });

  test("kualitatif rows ask for the narrative target, JPT rows for the perspektif", () => {
    const baris = [{ ...kosong, teks: "Laporan diterima pimpinan" }];
    expect(pesan(false, { ...rhk, teks: "Terprosesnya usulan mutasi", layout: "KUALITATIF", indikator: baris })).toEqual({
      "indikator.0.targetNarasi": "Tuliskan ukuran keberhasilan atau target.",
    });
    expect(pesan(false, { ...rhk, teks: "Terprosesnya usulan mutasi", layout: "JPT", indikator: [{ ...baris[0], targetMin: "1", satuan: "Laporan" }] })).toEqual({
      "indikator.0.perspektif": "Pilih perspektif.",
    });
  });
});
