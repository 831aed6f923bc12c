import { describe, expect, it } from "vitest";
import {
  layoutFor,
  requiresIntervensi,
  validateSkpForAjukan,
  type IndikatorDraft,
  type RhkDraft,
} from "@/lib/domain/skp-layout";

const indikator: IndikatorDraft = {
  teks: "Jumlah dokumen mutasi",
  aspek: "KUANTITAS",
  perspektif: null,
  targetMin: "2",
  targetMax: null,
  satuan: "Dokumen",
  targetNarasi: null,
};

function rhk(over: Partial<RhkDraft> = {}): RhkDraft {
  return { teks: "Terlaksananya mutasi pegawai", jenis: "UTAMA", parentRhkId: "rhk-atasan", indikator: [indikator], ...over };
}

describe("layoutFor", () => {
  it("gives JPT to structural eselon I and II", () => {
    expect(layoutFor("STRUKTURAL", 2, "KUANTITATIF")).toBe("JPT");
    expect(layoutFor("STRUKTURAL", 1, "KUANTITATIF")).toBe("JPT");
  });

  it("keeps JPT even with the kualitatif pendekatan", () => {
    expect(layoutFor("STRUKTURAL", 2, "KUALITATIF")).toBe("JPT");
  });

  it("gives the standard layout to administrator, pengawas, fungsional and pelaksana", () => {
    expect(layoutFor("STRUKTURAL", 3, "KUANTITATIF")).toBe("STANDAR");
    expect(layoutFor("STRUKTURAL", 4, "KUANTITATIF")).toBe("STANDAR");
    expect(layoutFor("FUNGSIONAL", null, "KUANTITATIF")).toBe("STANDAR");
    expect(layoutFor("PELAKSANA", null, "KUANTITATIF")).toBe("STANDAR");
    expect(layoutFor("STRUKTURAL", null, "KUANTITATIF")).toBe("STANDAR");
  });

  it("gives the kualitatif layout below JPT when chosen", () => {
    expect(layoutFor("STRUKTURAL", 3, "KUALITATIF")).toBe("KUALITATIF");
    expect(layoutFor("PELAKSANA", null, "KUALITATIF")).toBe("KUALITATIF");
  });

  it("does not treat a fungsional with an eselon number as JPT", () => {
    expect(layoutFor("FUNGSIONAL", 2, "KUANTITATIF")).toBe("STANDAR");
  });
});

describe("requiresIntervensi", () => {
  it("requires a parent RHK for Utama below JPT only", () => {
    expect(requiresIntervensi("STANDAR", "UTAMA")).toBe(true);
    expect(requiresIntervensi("KUALITATIF", "UTAMA")).toBe(true);
    expect(requiresIntervensi("JPT", "UTAMA")).toBe(false);
    expect(requiresIntervensi("STANDAR", "TAMBAHAN")).toBe(false);
    expect(requiresIntervensi("JPT", "TAMBAHAN")).toBe(false);
  });
});

describe("validateSkpForAjukan", () => {
  it("accepts a complete standard SKP", () => {
    expect(validateSkpForAjukan([rhk(), rhk({ jenis: "TAMBAHAN", parentRhkId: null })], "STANDAR")).toEqual([]);
  });

  it("requires at least one RHK Utama", () => {
    expect(validateSkpForAjukan([], "STANDAR")).toEqual(["Belum ada RHK Utama."]);
    expect(validateSkpForAjukan([rhk({ jenis: "TAMBAHAN", parentRhkId: null })], "STANDAR")).toEqual([
      "Belum ada RHK Utama.",
    ]);
  });

  it("names an RHK without indikator", () => {
    expect(validateSkpForAjukan([rhk({ indikator: [] })], "STANDAR")).toEqual([
      'RHK "Terlaksananya mutasi pegawai" belum memiliki indikator.',
    ]);
  });

  it("names a Utama RHK without RHK atasan below JPT, but not on a JPT SKP", () => {
    expect(validateSkpForAjukan([rhk({ parentRhkId: null })], "STANDAR")).toEqual([
      'RHK "Terlaksananya mutasi pegawai" belum memilih RHK atasan yang diintervensi.',
    ]);
    const jpt = rhk({ parentRhkId: null, indikator: [{ ...indikator, perspektif: "PROSES_BISNIS" }] });
    expect(validateSkpForAjukan([jpt], "JPT")).toEqual([]);
  });

  it("requires aspek, target and satuan on a standard indikator", () => {
    const kosong = { ...indikator, aspek: null, targetMin: null, satuan: " " };
    expect(validateSkpForAjukan([rhk({ indikator: [kosong] })], "STANDAR")).toEqual([
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" belum memiliki aspek.',
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" belum memiliki target.',
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" belum memiliki satuan target.',
    ]);
  });

  it("accepts a range target and rejects a reversed one", () => {
    const range = { ...indikator, targetMin: "80", targetMax: "100", satuan: "%" };
    expect(validateSkpForAjukan([rhk({ indikator: [range] })], "STANDAR")).toEqual([]);
    const terbalik = { ...range, targetMin: "100", targetMax: "80" };
    expect(validateSkpForAjukan([rhk({ indikator: [terbalik] })], "STANDAR")).toEqual([
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" memiliki target minimum yang lebih besar dari target maksimum.',
    ]);
  });

  it("requires a perspektif on a JPT indikator", () => {
    const r = validateSkpForAjukan([rhk({ parentRhkId: null })], "JPT");
    expect(r).toEqual([
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" belum memiliki perspektif.',
    ]);
  });

  it("requires only the narrative on a kualitatif indikator", () => {
    const narasi = { ...indikator, aspek: null, targetMin: null, satuan: null, targetNarasi: "Laporan diterima pimpinan" };
    expect(validateSkpForAjukan([rhk({ indikator: [narasi] })], "KUALITATIF")).toEqual([]);
    expect(validateSkpForAjukan([rhk({ indikator: [{ ...narasi, targetNarasi: "" }] })], "KUALITATIF")).toEqual([
      'Indikator "Jumlah dokumen mutasi" pada RHK "Terlaksananya mutasi pegawai" belum memiliki ukuran keberhasilan/target.',
    ]);
  });

  it("shortens a long RHK text in messages", () => {
    const panjang = "Terwujudnya ".repeat(10);
    const [problem] = validateSkpForAjukan([rhk({ teks: panjang, indikator: [] })], "STANDAR");
    expect(problem).toMatch(/^RHK "Terwujudnya .{40,}…" belum memiliki indikator\.$/);
    expect(problem!.length).toBeLessThan(100);
  });
});
