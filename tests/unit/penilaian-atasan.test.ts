import { describe, expect, it } from "vitest";
import {
  alasanRatingHasilUnit,
  bulanPeriode,
  hitungDistribusi,
  keputusanKurva,
  pilihPeriode,
  ratingHasilDariCapaian,
  unitKurvaId,
} from "@/lib/domain/penilaian-atasan";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("ratingHasilDariCapaian: a unit head's Rating Hasil Kerja", () => {
  it("maps Istimewa above, Baik to meeting, and every lower grade below expectations", () => {
    expect(ratingHasilDariCapaian("ISTIMEWA")).toBe("DI_ATAS_EKSPEKTASI");
    expect(ratingHasilDariCapaian("BAIK")).toBe("SESUAI_EKSPEKTASI");
    for (const c of ["BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG"] as const) {
      expect(ratingHasilDariCapaian(c)).toBe("DI_BAWAH_EKSPEKTASI");
    }
  });

  it("explains the locked rating, or who must act when the capaian is not set", () => {
    const unit = { id: "u", nama: "Subbidang Mutasi", parentId: "p" };
    expect(alasanRatingHasilUnit(unit, "ISTIMEWA")).toContain("Istimewa, sehingga Rating Hasil Kerjanya Di Atas Ekspektasi");
    expect(alasanRatingHasilUnit(unit, null)).toContain("Pimpinan unit di atasnya perlu menetapkannya");
  });
});

describe("unitKurvaId: whose kurva a rated pegawai counts in", () => {
  it("is the pegawai's own unit for staff", () => {
    expect(unitKurvaId({ unitId: "sb" }, null)).toBe("sb");
  });

  it("is the unit above for a unit head, and their own unit at the top", () => {
    expect(unitKurvaId({ unitId: "sb" }, { id: "sb", nama: "Subbidang", parentId: "bidang" })).toBe("bidang");
    expect(unitKurvaId({ unitId: "badan" }, { id: "badan", nama: "Badan", parentId: null })).toBe("badan");
  });
});

describe("keputusanKurva: what Finalkan does with the distribution", () => {
  const counts = hitungDistribusi(["BAIK", "BAIK", "BAIK"]);

  it("counts predikat", () => {
    expect(counts).toEqual({ BAIK: 3 });
  });

  it("checks nothing until the capaian is set", () => {
    expect(keputusanKurva("BLOKIR", null, counts)).toEqual({ status: "tanpaCapaian" });
  });

  it("warns in PERINGATAN mode and blocks in BLOKIR mode, with the violations", () => {
    const warn = keputusanKurva("PERINGATAN", "BAIK", counts);
    expect(warn.status).toBe("peringatan");
    const block = keputusanKurva("BLOKIR", "BAIK", counts);
    expect(block.status).toBe("blokir");
    expect(block.status === "blokir" && block.violations).toEqual([
      "Baik paling banyak 70%, saat ini 100% (3 dari 3 pegawai).",
      "Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct, saat ini tidak ada.",
    ]);
  });

  it("passes a distribution that fits", () => {
    expect(keputusanKurva("BLOKIR", "BAIK", hitungDistribusi(["BAIK", "BAIK", "SANGAT_BAIK", "BUTUH_PERBAIKAN"])).status).toBe("sesuai");
  });
});

describe("periode helpers", () => {
  const periode = [
    { id: "tw1", jenis: "TRIWULAN", awal: d("2026-01-01"), akhir: d("2026-03-31") },
    { id: "tw2", jenis: "TRIWULAN", awal: d("2026-04-01"), akhir: d("2026-06-30") },
    { id: "thn", jenis: "TAHUNAN", awal: d("2026-01-01"), akhir: d("2026-12-31") },
  ];

  it("opens on the asked periode, else the latest ended triwulan, else the first", () => {
    expect(pilihPeriode(periode, "thn", d("2026-05-01"))?.id).toBe("thn");
    expect(pilihPeriode(periode, undefined, d("2026-07-15"))?.id).toBe("tw2");
    expect(pilihPeriode(periode, "tidak-ada", d("2026-02-01"))?.id).toBe("tw1");
    expect(pilihPeriode([], undefined, d("2026-02-01"))).toBeNull();
  });

  it("counts the months a periode covers", () => {
    expect(bulanPeriode(d("2026-01-01"), d("2026-03-31"))).toBe(3);
    expect(bulanPeriode(d("2026-01-01"), d("2026-12-31"))).toBe(12);
    expect(bulanPeriode(d("2026-05-01"), d("2026-05-31"))).toBe(1);
  });
});
