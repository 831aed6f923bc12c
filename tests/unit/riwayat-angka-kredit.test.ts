import { describe, expect, it } from "vitest";
import { riwayatAngkaKredit, teksTigaDesimal, type BarisPenilaianAngkaKredit } from "@/lib/domain/riwayat-angka-kredit";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

function triwulan(tahun: number, urutan: number, extra: Partial<BarisPenilaianAngkaKredit> = {}): BarisPenilaianAngkaKredit {
  const bulanAwal = (urutan - 1) * 3 + 1;
  const akhir = new Date(Date.UTC(tahun, bulanAwal + 2, 0));
  return {
    penilaianId: `tw-${tahun}-${urutan}`,
    tahun,
    jenis: "TRIWULAN",
    urutan,
    awal: new Date(Date.UTC(tahun, bulanAwal - 1, 1)),
    akhir,
    final: true,
    predikat: "BAIK",
    jenjangSnapshot: "AHLI_PERTAMA",
    bulanSnapshot: 3,
    ...extra,
  };
}

function tahunan(tahun: number, extra: Partial<BarisPenilaianAngkaKredit> = {}): BarisPenilaianAngkaKredit {
  return { ...triwulan(tahun, 1), penilaianId: `th-${tahun}`, jenis: "TAHUNAN", urutan: 1, akhir: d(`${tahun}-12-31`), bulanSnapshot: 12, ...extra };
}

function bulanan(tahun: number, bulan: number, extra: Partial<BarisPenilaianAngkaKredit> = {}): BarisPenilaianAngkaKredit {
  return {
    ...triwulan(tahun, 1),
    penilaianId: `bl-${tahun}-${bulan}`,
    jenis: "BULANAN",
    urutan: bulan,
    awal: new Date(Date.UTC(tahun, bulan - 1, 1)),
    akhir: new Date(Date.UTC(tahun, bulan, 0)),
    bulanSnapshot: 1,
    ...extra,
  };
}

describe("riwayatAngkaKredit", () => {
  it("sums the final triwulan of a year when its tahunan is not final, and keeps a running total", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 1), triwulan(2025, 2, { predikat: "SANGAT_BAIK" }), triwulan(2026, 1)], "AHLI_MUDA");
    // 12.5 × 3/12 × 100 % = 3.125; × 150 % = 4.688 (4.6875 rounded half up)
    expect(r.tahun.map((t) => [t.tahun, t.dasar, t.jumlah, t.kumulatif])).toEqual([
      [2025, "PERIODIK", 7.813, 7.813],
      [2026, "PERIODIK", 3.125, 10.938],
    ]);
    expect(r.total).toBe(10.938);
    expect(r.adaFinal).toBe(true);
  });

  it("uses the final tahunan for the year instead of the periodic ones", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 1), triwulan(2025, 2), tahunan(2025, { predikat: "BUTUH_PERBAIKAN" })], null);
    const y = r.tahun[0]!;
    expect(y.dasar).toBe("TAHUNAN");
    expect(y.jumlah).toBe(9.375);
    expect(y.periode.filter((p) => p.dihitung).map((p) => p.penilaianId)).toEqual(["th-2025"]);
  });

  it("falls back to the periodic sum while the tahunan is still a draft, and shows the draft without a predikat", () => {
    const r = riwayatAngkaKredit([tahunan(2025, { final: false, predikat: "SANGAT_BAIK" }), triwulan(2025, 1)], null);
    const y = r.tahun[0]!;
    expect(y.dasar).toBe("PERIODIK");
    expect(y.jumlah).toBe(3.125);
    const draft = y.periode.find((p) => p.jenis === "TAHUNAN")!;
    expect(draft).toMatchObject({ final: false, predikat: null, nilai: null, dihitung: false, siasn: null });
  });

  it("shows a draft with today's jenjang without calling it a missing finalisation record", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 3, { final: false, jenjangSnapshot: null, bulanSnapshot: null })], "AHLI_MUDA");
    expect(r.tahun[0]!.periode[0]).toMatchObject({ jenjang: "AHLI_MUDA", jenjangSaatIni: false, bulan: 3, nilai: null });
  });

  it("takes each year's jenjang from its snapshot, so a promotion does not rewrite earlier years", () => {
    const r = riwayatAngkaKredit([tahunan(2024, { jenjangSnapshot: "AHLI_PERTAMA" }), tahunan(2025, { jenjangSnapshot: "AHLI_MUDA" })], "AHLI_MADYA");
    expect(r.tahun.map((t) => [t.periode[0]!.jenjang, t.periode[0]!.koefisien, t.jumlah])).toEqual([
      ["AHLI_PERTAMA", 12.5, 12.5],
      ["AHLI_MUDA", 25, 25],
    ]);
    expect(r.tahun.every((t) => !t.periode[0]!.jenjangSaatIni)).toBe(true);
    expect(r.total).toBe(37.5);
  });

  it("uses today's jenjang, and says so, for a penilaian finalised without one stored", () => {
    const r = riwayatAngkaKredit([tahunan(2023, { jenjangSnapshot: null, bulanSnapshot: null })], "TERAMPIL");
    expect(r.tahun[0]!.periode[0]!).toMatchObject({ jenjang: "TERAMPIL", jenjangSaatIni: true, bulan: 12, nilai: 5 });
  });

  it("counts nothing for a final penilaian when no jenjang is known at all", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 1, { jenjangSnapshot: null })], null);
    expect(r.tahun[0]!).toMatchObject({ dasar: "BELUM_ADA", jumlah: 0, kumulatif: 0 });
  });

  it("leaves missing periode out and sums only those that are final", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 1), triwulan(2025, 3, { predikat: "KURANG" }), triwulan(2025, 4, { final: false })], null);
    expect(r.tahun[0]!.periode.map((p) => [p.urutan, p.dihitung])).toEqual([
      [1, true],
      [3, true],
      [4, false],
    ]);
    expect(r.tahun[0]!.jumlah).toBe(4.688);
  });

  it("counts one series when a year holds both bulanan and triwulan penilaian", () => {
    const r = riwayatAngkaKredit([bulanan(2025, 1), bulanan(2025, 2), triwulan(2025, 1)], null);
    expect(r.tahun[0]!.periode.filter((p) => p.dihitung).map((p) => p.jenis)).toEqual(["TRIWULAN"]);
    expect(r.tahun[0]!.jumlah).toBe(3.125);
    const hanyaBulanan = riwayatAngkaKredit([bulanan(2025, 1), bulanan(2025, 2)], null);
    // 12.5 / 12 = 1.0416… → 1.042 each
    expect(hanyaBulanan.tahun[0]!.jumlah).toBe(2.084);
  });

  it("adds thousandths exactly: ten times 0.1-ish figures do not drift", () => {
    const rows = Array.from({ length: 12 }, (_, i) => bulanan(2025, i + 1, { jenjangSnapshot: "PEMULA", predikat: "SANGAT_KURANG" }));
    // 3.75 × 25 % / 12 = 0.078125 → 0.078 each; 12 × 0.078 = 0.936 exactly
    const r = riwayatAngkaKredit(rows, null);
    expect(r.total).toBe(0.936);
    expect(teksTigaDesimal(r.total)).toBe("0.936");
  });

  it("orders years ascending and periode bulanan, triwulan, tahunan within a year", () => {
    const r = riwayatAngkaKredit([tahunan(2026), triwulan(2025, 2), triwulan(2025, 1), tahunan(2025, { final: false })], null);
    expect(r.tahun.map((t) => t.tahun)).toEqual([2025, 2026]);
    expect(r.tahun[0]!.periode.map((p) => p.penilaianId)).toEqual(["tw-2025-1", "tw-2025-2", "th-2025"]);
  });

  it("gives what an angkakredit conversion carries to SIASN for the tahunan result only", () => {
    const r = riwayatAngkaKredit([triwulan(2025, 2, { jenjangSnapshot: "AHLI_MADYA" }), tahunan(2025, { jenjangSnapshot: "AHLI_MADYA" })], null);
    const periode = r.tahun[0]!.periode;
    expect(periode.find((p) => p.jenis === "TRIWULAN")!.siasn).toBeNull();
    expect(periode.find((p) => p.jenis === "TAHUNAN")!.siasn).toEqual({
      kreditUtamaBaru: "37.500",
      bulanMulaiPenilaian: "1",
      tahunMulaiPenilaian: "2025",
      bulanSelesaiPenilaian: "12",
      tahunSelesaiPenilaian: "2025",
      isKonversi: "1",
    });
  });

  it("is empty with no final penilaian", () => {
    expect(riwayatAngkaKredit([], "AHLI_MUDA")).toEqual({ tahun: [], total: 0, adaFinal: false });
    expect(riwayatAngkaKredit([triwulan(2025, 1, { final: false })], "AHLI_MUDA").adaFinal).toBe(false);
  });
});

describe("teksTigaDesimal", () => {
  it("writes three decimals with a point, as SIASN expects", () => {
    expect(teksTigaDesimal(12.5)).toBe("12.500");
    expect(teksTigaDesimal(0)).toBe("0.000");
    expect(teksTigaDesimal(4.688)).toBe("4.688");
    expect(teksTigaDesimal(150)).toBe("150.000");
  });
});
