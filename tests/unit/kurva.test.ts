import { describe, expect, it } from "vitest";
import { checkKurva, describeKurva, persentasePredikat, type KurvaCounts } from "@/lib/domain/kurva";
import { CapaianOrganisasi } from "@/lib/generated/prisma/enums";

/** Counts in the order SB, B, BP, K, SK. */
function n(sb: number, b: number, bp: number, k: number, sk: number): KurvaCounts {
  return { SANGAT_BAIK: sb, BAIK: b, BUTUH_PERBAIKAN: bp, KURANG: k, SANGAT_KURANG: sk };
}

describe("checkKurva: Istimewa", () => {
  it("accepts Sangat Baik as the largest group at exactly 70%", () => {
    expect(checkKurva("ISTIMEWA", n(7, 3, 0, 0, 0))).toMatchObject({ ok: true, violations: [] });
  });

  it("rejects Sangat Baik above 70%", () => {
    const r = checkKurva("ISTIMEWA", n(71, 29, 0, 0, 0));
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual(["Sangat Baik paling banyak 70%, saat ini 71% (71 dari 100 pegawai)."]);
  });

  it("rejects a unit where another predikat outnumbers Sangat Baik", () => {
    const r = checkKurva("ISTIMEWA", n(3, 5, 2, 0, 0));
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([
      "Sangat Baik harus menjadi kelompok terbanyak, saat ini 30% (3 dari 10 pegawai); lebih banyak: Baik (50% (5 dari 10 pegawai)).",
    ]);
  });

  it("accepts a tie for the largest group", () => {
    expect(checkKurva("ISTIMEWA", n(1, 1, 0, 0, 0)).ok).toBe(true);
    expect(checkKurva("ISTIMEWA", n(4, 4, 2, 0, 0)).ok).toBe(true);
  });

  it("lets the rest be any predikat", () => {
    expect(checkKurva("ISTIMEWA", n(4, 2, 2, 1, 1)).ok).toBe(true);
  });

  it("rejects a unit with no Sangat Baik at all", () => {
    expect(checkKurva("ISTIMEWA", n(0, 2, 0, 0, 0)).ok).toBe(false);
  });
});

describe("checkKurva: Baik", () => {
  it("accepts Baik largest at exactly 70% with some Butuh Perbaikan", () => {
    expect(checkKurva("BAIK", n(2, 7, 1, 0, 0)).ok).toBe(true);
  });

  it("accepts Kurang/Misconduct in place of Butuh Perbaikan", () => {
    expect(checkKurva("BAIK", n(2, 7, 0, 1, 0)).ok).toBe(true);
  });

  it("rejects Baik above 70%", () => {
    const r = checkKurva("BAIK", n(1, 71, 28, 0, 0));
    expect(r.violations).toEqual(["Baik paling banyak 70%, saat ini 71% (71 dari 100 pegawai)."]);
  });

  it("requires some Butuh Perbaikan and/or Kurang/Misconduct", () => {
    const r = checkKurva("BAIK", n(3, 6, 0, 0, 1));
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([
      "Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct, saat ini tidak ada.",
    ]);
  });

  it("rejects Sangat Baik outnumbering Baik", () => {
    const r = checkKurva("BAIK", n(5, 4, 1, 0, 0));
    expect(r.violations).toHaveLength(1);
    expect(r.violations[0]).toContain("Baik harus menjadi kelompok terbanyak");
    expect(r.violations[0]).toContain("Sangat Baik (50% (5 dari 10 pegawai))");
  });

  it("accepts Baik tied with another group", () => {
    expect(checkKurva("BAIK", n(0, 2, 2, 0, 0)).ok).toBe(true);
  });

  it("reports every broken rule at once", () => {
    expect(checkKurva("BAIK", n(0, 1, 0, 0, 0)).violations).toHaveLength(2);
  });
});

describe("checkKurva: Butuh Perbaikan", () => {
  it("accepts Butuh Perbaikan at exactly 60% and Sangat Baik at exactly 10%", () => {
    expect(checkKurva("BUTUH_PERBAIKAN", n(1, 3, 6, 0, 0)).ok).toBe(true);
  });

  it("rejects Butuh Perbaikan below 60%", () => {
    const r = checkKurva("BUTUH_PERBAIKAN", n(0, 41, 59, 0, 0));
    expect(r.violations).toEqual(["Butuh Perbaikan paling sedikit 60%, saat ini 59% (59 dari 100 pegawai)."]);
  });

  it("rejects Sangat Baik above 10%", () => {
    const r = checkKurva("BUTUH_PERBAIKAN", n(11, 0, 89, 0, 0));
    expect(r.violations).toEqual(["Sangat Baik paling banyak 10%, saat ini 11% (11 dari 100 pegawai)."]);
  });
});

describe("checkKurva: Kurang", () => {
  it("accepts Kurang 60%, Butuh Perbaikan 10%, Sangat Baik 10%", () => {
    expect(checkKurva("KURANG", n(1, 2, 1, 6, 0)).ok).toBe(true);
  });

  it("rejects Kurang/Misconduct below 60%", () => {
    const r = checkKurva("KURANG", n(0, 31, 10, 59, 0));
    expect(r.violations).toEqual(["Kurang/Misconduct paling sedikit 60%, saat ini 59% (59 dari 100 pegawai)."]);
  });

  it("rejects Butuh Perbaikan below 10%", () => {
    const r = checkKurva("KURANG", n(0, 31, 9, 60, 0));
    expect(r.violations).toEqual(["Butuh Perbaikan paling sedikit 10%, saat ini 9% (9 dari 100 pegawai)."]);
  });

  it("rejects a unit with no Butuh Perbaikan", () => {
    expect(checkKurva("KURANG", n(0, 4, 0, 6, 0)).ok).toBe(false);
  });

  it("rejects Sangat Baik above 10%", () => {
    const r = checkKurva("KURANG", n(11, 0, 29, 60, 0));
    expect(r.violations).toEqual(["Sangat Baik paling banyak 10%, saat ini 11% (11 dari 100 pegawai)."]);
  });
});

describe("checkKurva: Sangat Kurang", () => {
  it("accepts Sangat Kurang 60% with 10% Kurang/Misconduct", () => {
    expect(checkKurva("SANGAT_KURANG", n(0, 3, 0, 1, 6)).ok).toBe(true);
  });

  it("accepts Butuh Perbaikan in place of Kurang/Misconduct, or both together", () => {
    expect(checkKurva("SANGAT_KURANG", n(0, 3, 1, 0, 6)).ok).toBe(true);
    expect(checkKurva("SANGAT_KURANG", n(0, 30, 5, 5, 60)).ok).toBe(true);
  });

  it("rejects Sangat Kurang below 60%", () => {
    const r = checkKurva("SANGAT_KURANG", n(0, 31, 5, 5, 59));
    expect(r.violations).toEqual(["Sangat Kurang paling sedikit 60%, saat ini 59% (59 dari 100 pegawai)."]);
  });

  it("rejects Kurang/Misconduct plus Butuh Perbaikan below 10%", () => {
    const r = checkKurva("SANGAT_KURANG", n(0, 31, 5, 4, 60));
    expect(r.violations).toEqual([
      "Kurang/Misconduct dan/atau Butuh Perbaikan paling sedikit 10%, saat ini 9% (9 dari 100 pegawai).",
    ]);
  });

  it("rejects even one Sangat Baik", () => {
    const r = checkKurva("SANGAT_KURANG", n(1, 29, 5, 5, 60));
    expect(r.violations).toEqual([
      "Tidak boleh ada pegawai dengan predikat Sangat Baik, saat ini 1% (1 dari 100 pegawai).",
    ]);
  });
});

describe("checkKurva: general", () => {
  it.each(Object.values(CapaianOrganisasi))("treats a unit with no pegawai as fine (%s)", (capaian) => {
    expect(checkKurva(capaian, n(0, 0, 0, 0, 0))).toMatchObject({ ok: true, violations: [] });
    expect(checkKurva(capaian, {}).ok).toBe(true);
  });

  it("treats missing predikat as zero", () => {
    expect(checkKurva("BUTUH_PERBAIKAN", { BUTUH_PERBAIKAN: 3 }).ok).toBe(true);
  });

  it("shows shares with a decimal comma", () => {
    const r = checkKurva("BUTUH_PERBAIKAN", n(0, 2, 1, 0, 0));
    expect(r.violations).toEqual(["Butuh Perbaikan paling sedikit 60%, saat ini 33,33% (1 dari 3 pegawai)."]);
  });

  it("returns the rule in words with every result", () => {
    expect(checkKurva("KURANG", n(0, 0, 0, 0, 0)).rule).toBe(describeKurva("KURANG"));
  });
});

describe("describeKurva", () => {
  it("states the rule for each capaian organisasi", () => {
    expect(describeKurva("ISTIMEWA")).toBe(
      "Capaian organisasi Istimewa: Sangat Baik menjadi kelompok terbanyak, paling banyak 70%; sisanya boleh predikat apa pun.",
    );
    expect(describeKurva("SANGAT_KURANG")).toContain("tidak boleh ada Sangat Baik");
    for (const c of Object.values(CapaianOrganisasi)) expect(describeKurva(c).length).toBeGreaterThan(30);
  });
});

describe("persentasePredikat", () => {
  it("gives each predikat's share rounded to 2 decimals", () => {
    expect(persentasePredikat(n(1, 1, 1, 0, 0))).toEqual({
      SANGAT_BAIK: 33.33,
      BAIK: 33.33,
      BUTUH_PERBAIKAN: 33.33,
      KURANG: 0,
      SANGAT_KURANG: 0,
    });
  });

  it("gives zeros for an empty unit", () => {
    expect(Object.values(persentasePredikat({}))).toEqual([0, 0, 0, 0, 0]);
  });
});
