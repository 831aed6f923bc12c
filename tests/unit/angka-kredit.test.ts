import { describe, expect, it } from "vitest";
import {
  KOEFISIEN_TAHUNAN,
  PERSEN_ANGKA_KREDIT,
  angkaKreditPeriodik,
  angkaKreditTahunan,
} from "@/lib/domain/angka-kredit";
import { DomainError } from "@/lib/domain/errors";
import { JenjangFungsional, Predikat } from "@/lib/generated/prisma/enums";

describe("angkaKreditTahunan", () => {
  it("uses the percentages and koefisien of PermenPANRB 1/2023", () => {
    expect(PERSEN_ANGKA_KREDIT).toEqual({
      SANGAT_BAIK: 150,
      BAIK: 100,
      BUTUH_PERBAIKAN: 75,
      KURANG: 50,
      SANGAT_KURANG: 25,
    });
    expect(KOEFISIEN_TAHUNAN).toEqual({
      AHLI_PERTAMA: 12.5,
      AHLI_MUDA: 25,
      AHLI_MADYA: 37.5,
      AHLI_UTAMA: 50,
      PEMULA: 3.75,
      TERAMPIL: 5,
      MAHIR: 12.5,
      PENYELIA: 25,
    });
  });

  it.each([
    ["AHLI_PERTAMA", "BAIK", 12.5],
    ["AHLI_PERTAMA", "SANGAT_BAIK", 18.75],
    ["AHLI_MUDA", "BUTUH_PERBAIKAN", 18.75],
    ["AHLI_MADYA", "SANGAT_BAIK", 56.25],
    ["AHLI_UTAMA", "KURANG", 25],
    ["PEMULA", "BUTUH_PERBAIKAN", 2.813],
    ["PEMULA", "SANGAT_KURANG", 0.938],
    ["TERAMPIL", "SANGAT_BAIK", 7.5],
    ["MAHIR", "SANGAT_KURANG", 3.125],
    ["PENYELIA", "BAIK", 25],
  ] as const)("%s with %s earns %d a year", (jenjang, predikat, expected) => {
    expect(angkaKreditTahunan(jenjang, predikat)).toBe(expected);
  });

  it("gives every jenjang × predikat a value with at most 3 decimals", () => {
    for (const j of Object.values(JenjangFungsional)) {
      for (const p of Object.values(Predikat)) {
        const v = angkaKreditTahunan(j, p);
        expect(v).toBeGreaterThan(0);
        expect(Number(v.toFixed(3))).toBe(v);
      }
    }
  });
});

describe("angkaKreditPeriodik", () => {
  it("prorates by months", () => {
    expect(angkaKreditPeriodik("AHLI_PERTAMA", "BAIK", 3)).toBe(3.125);
    expect(angkaKreditPeriodik("AHLI_MUDA", "BAIK", 6)).toBe(12.5);
    expect(angkaKreditPeriodik("AHLI_MADYA", "BUTUH_PERBAIKAN", 1)).toBe(2.344);
    expect(angkaKreditPeriodik("PEMULA", "SANGAT_BAIK", 3)).toBe(1.406);
    expect(angkaKreditPeriodik("TERAMPIL", "KURANG", 7)).toBe(1.458);
  });

  it("equals the yearly value for 12 months", () => {
    expect(angkaKreditPeriodik("MAHIR", "SANGAT_BAIK", 12)).toBe(angkaKreditTahunan("MAHIR", "SANGAT_BAIK"));
  });

  it("adds four triwulan up to the yearly value where no rounding is involved", () => {
    const triwulan = angkaKreditPeriodik("AHLI_MUDA", "BAIK", 3);
    expect(triwulan * 4).toBe(angkaKreditTahunan("AHLI_MUDA", "BAIK"));
  });

  it.each([0, 13, 2.5, -1])("rejects %d months", (bulan) => {
    expect(() => angkaKreditPeriodik("AHLI_MUDA", "BAIK", bulan)).toThrow(DomainError);
  });
});
