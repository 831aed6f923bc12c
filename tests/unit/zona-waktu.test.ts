import { describe, expect, it } from "vitest";
import { fromIsoDate } from "@/lib/domain/tanggal";
import { formatWaktuDi, hariIniDi, jamDi, labelHariLagi, momenLokal, selisihHari } from "@/lib/domain/zona-waktu";

describe("zona waktu", () => {
  // 16.30 UTC on 30 November: 23.30 WIB still 30 November, but 00.30 WITA and 01.30 WIT on 1 December.
  const now = new Date("2026-11-30T16:30:00Z");

  it("gives each zone its own calendar day near midnight", () => {
    expect(hariIniDi("WIB", now)).toEqual(fromIsoDate("2026-11-30"));
    expect(hariIniDi("WITA", now)).toEqual(fromIsoDate("2026-12-01"));
    expect(hariIniDi("WIT", now)).toEqual(fromIsoDate("2026-12-01"));
  });

  it("reads the local hour and weekday", () => {
    expect(jamDi("WIB", now)).toEqual({ jam: 23, menit: 30, hariDalamMinggu: 1 });
    expect(jamDi("WIT", now)).toEqual({ jam: 1, menit: 30, hariDalamMinggu: 2 });
  });

  it("finds the moment of a local time", () => {
    expect(momenLokal("WITA", fromIsoDate("2026-12-01"), 7)).toEqual(new Date("2026-11-30T23:00:00Z"));
    expect(momenLokal("WIB", fromIsoDate("2026-12-01"), 7)).toEqual(new Date("2026-12-01T00:00:00Z"));
  });

  it("prints a moment with its zone", () => {
    expect(formatWaktuDi("WITA", now)).toBe("1 Desember 2026 00.30 WITA");
    expect(formatWaktuDi("WIB", now)).toBe("30 November 2026 23.30 WIB");
    expect(formatWaktuDi("WIB", new Date("2026-12-31T17:30:00Z"))).toBe("1 Januari 2027 00.30 WIB");
    expect(formatWaktuDi("WIT", new Date("2026-12-31T07:05:00Z"))).toBe("31 Desember 2026 16.05 WIT");
  });

  it("counts and names the days to a deadline", () => {
    const hariIni = fromIsoDate("2026-12-01");
    expect(selisihHari(hariIni, fromIsoDate("2026-12-08"))).toBe(7);
    expect(labelHariLagi(hariIni, fromIsoDate("2026-12-01"))).toBe("hari ini");
    expect(labelHariLagi(hariIni, fromIsoDate("2026-12-02"))).toBe("besok");
    expect(labelHariLagi(hariIni, fromIsoDate("2026-12-04"))).toBe("3 hari lagi");
    expect(labelHariLagi(hariIni, fromIsoDate("2026-11-29"))).toBe("lewat 2 hari");
  });
});
