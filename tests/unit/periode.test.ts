import { describe, expect, it } from "vitest";
import {
  checkSkpPeriode,
  defaultBulanan,
  defaultTriwulan,
  isPengisianOpen,
  periodeLabel,
} from "@/lib/domain/periode";
import { fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";
import { hariIniDi } from "@/lib/domain/zona-waktu";

const d = fromIsoDate;

describe("isPengisianOpen", () => {
  const tw1 = { awal: d("2026-01-01"), batasPengisian: d("2026-04-10") };

  it("is closed before the periode starts", () => {
    expect(isPengisianOpen(tw1, d("2025-12-31"))).toBe(false);
  });

  it("is open from the first day through the batas pengisian", () => {
    expect(isPengisianOpen(tw1, d("2026-01-01"))).toBe(true);
    expect(isPengisianOpen(tw1, d("2026-04-10"))).toBe(true);
  });

  it("is open all day on the deadline, whatever the time", () => {
    expect(isPengisianOpen(tw1, new Date("2026-04-10T23:59:59.999Z"))).toBe(true);
  });

  it("is closed the day after the batas pengisian", () => {
    expect(isPengisianOpen(tw1, d("2026-04-11"))).toBe(false);
  });

  it("stays open through an admin reopening date, inclusive", () => {
    expect(isPengisianOpen(tw1, d("2026-04-15"), d("2026-04-15"))).toBe(true);
    expect(isPengisianOpen(tw1, d("2026-04-16"), d("2026-04-15"))).toBe(false);
    expect(isPengisianOpen(tw1, d("2026-04-11"), null)).toBe(false);
  });

  it("does not let a reopening open a periode that has not started", () => {
    expect(isPengisianOpen(tw1, d("2025-12-31"), d("2026-04-15"))).toBe(false);
  });
});

describe("the batas pengisian in the instansi's zone", () => {
  const tw1 = { awal: d("2026-01-01"), batasPengisian: d("2026-04-10") };

  it("turns a moment into the calendar date of each zone", () => {
    // 16.30 UTC is 10 April 23.30 WIB but already 11 April 00.30 WITA.
    expect(toIsoDate(hariIniDi("WIB", new Date("2026-04-10T16:30:00Z")))).toBe("2026-04-10");
    expect(toIsoDate(hariIniDi("WITA", new Date("2026-04-10T16:30:00Z")))).toBe("2026-04-11");
    expect(toIsoDate(hariIniDi("WIB", new Date("2026-04-10T17:30:00Z")))).toBe("2026-04-11");
  });

  it("closes at local midnight: 17.00 UTC in WIB, 16.00 in WITA, 15.00 in WIT", () => {
    const buka = (zona: "WIB" | "WITA" | "WIT", iso: string) => isPengisianOpen(tw1, hariIniDi(zona, new Date(iso)));
    expect([buka("WIB", "2026-04-10T16:59:00Z"), buka("WIB", "2026-04-10T17:01:00Z")]).toEqual([true, false]);
    expect([buka("WITA", "2026-04-10T15:59:00Z"), buka("WITA", "2026-04-10T16:01:00Z")]).toEqual([true, false]);
    expect([buka("WIT", "2026-04-10T14:59:00Z"), buka("WIT", "2026-04-10T15:01:00Z")]).toEqual([true, false]);
  });
});

describe("periodeLabel", () => {
  it("names triwulan with Roman numerals", () => {
    expect([1, 2, 3, 4].map((u) => periodeLabel("TRIWULAN", u))).toEqual([
      "Triwulan I",
      "Triwulan II",
      "Triwulan III",
      "Triwulan IV",
    ]);
  });

  it("names months in Bahasa Indonesia", () => {
    expect(periodeLabel("BULANAN", 1)).toBe("Januari");
    expect(periodeLabel("BULANAN", 12)).toBe("Desember");
  });

  it("names the yearly periode", () => {
    expect(periodeLabel("TAHUNAN", 1)).toBe("Tahunan");
  });

  it.each([
    ["TRIWULAN", 5],
    ["TRIWULAN", 0],
    ["BULANAN", 13],
    ["TAHUNAN", 2],
  ] as const)("rejects %s urutan %i", (jenis, urutan) => {
    expect(() => periodeLabel(jenis, urutan)).toThrow(RangeError);
  });
});

describe("defaultTriwulan", () => {
  const rows = defaultTriwulan(2026).map((p) => ({
    jenis: p.jenis,
    urutan: p.urutan,
    awal: toIsoDate(p.awal),
    akhir: toIsoDate(p.akhir),
    batas: toIsoDate(p.batasPengisian),
  }));

  it("produces four triwulan and the tahunan periode, with the deadline on the 10th of the next month", () => {
    expect(rows).toEqual([
      { jenis: "TRIWULAN", urutan: 1, awal: "2026-01-01", akhir: "2026-03-31", batas: "2026-04-10" },
      { jenis: "TRIWULAN", urutan: 2, awal: "2026-04-01", akhir: "2026-06-30", batas: "2026-07-10" },
      { jenis: "TRIWULAN", urutan: 3, awal: "2026-07-01", akhir: "2026-09-30", batas: "2026-10-10" },
      { jenis: "TRIWULAN", urutan: 4, awal: "2026-10-01", akhir: "2026-12-31", batas: "2027-01-10" },
      { jenis: "TAHUNAN", urutan: 1, awal: "2026-01-01", akhir: "2026-12-31", batas: "2027-01-10" },
    ]);
  });
});

describe("defaultBulanan", () => {
  it("produces twelve months, February ending on a leap day when there is one", () => {
    const bulan = defaultBulanan(2028);
    expect(bulan).toHaveLength(12);
    expect(toIsoDate(bulan[1]!.akhir)).toBe("2028-02-29");
    expect(toIsoDate(bulan[1]!.batasPengisian)).toBe("2028-03-10");
    expect(toIsoDate(bulan[11]!.batasPengisian)).toBe("2029-01-10");
    expect(bulan.map((b) => b.urutan)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe("checkSkpPeriode", () => {
  it("accepts a full year and a shorter span after a mutasi", () => {
    expect(checkSkpPeriode(d("2026-01-01"), d("2026-12-31"), 2026)).toEqual([]);
    expect(checkSkpPeriode(d("2026-07-01"), d("2026-07-01"), 2026)).toEqual([]);
  });

  it("rejects dates outside the year", () => {
    expect(checkSkpPeriode(d("2025-12-31"), d("2026-06-30"), 2026)).toEqual([
      "Periode SKP harus berada di dalam tahun 2026.",
    ]);
    expect(checkSkpPeriode(d("2026-01-01"), d("2027-01-01"), 2026)).toHaveLength(1);
  });

  it("rejects an end before the start", () => {
    expect(checkSkpPeriode(d("2026-06-02"), d("2026-06-01"), 2026)).toEqual([
      "Tanggal awal periode SKP tidak boleh setelah tanggal akhir.",
    ]);
  });
});
