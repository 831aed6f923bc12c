import { describe, expect, it } from "vitest";
import { NAMA_BULAN, formatTanggal, formatWaktu, fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";

describe("formatTanggal", () => {
  it("writes dates the Indonesian way", () => {
    expect(formatTanggal(fromIsoDate("2026-12-31"))).toBe("31 Desember 2026");
    expect(formatTanggal(fromIsoDate("2026-01-01"))).toBe("1 Januari 2026");
    expect(formatTanggal(fromIsoDate("2024-02-29"))).toBe("29 Februari 2024");
  });

  it("names all twelve months", () => {
    expect(NAMA_BULAN).toHaveLength(12);
    expect(NAMA_BULAN.map((_, i) => formatTanggal(new Date(Date.UTC(2026, i, 1))).split(" ")[1])).toEqual([
      ...NAMA_BULAN,
    ]);
    expect(NAMA_BULAN[7]).toBe("Agustus");
  });
});

describe("formatWaktu", () => {
  it("shows the moment in WIB", () => {
    expect(formatWaktu(new Date("2026-12-31T07:05:00Z"))).toBe("31 Desember 2026 14.05 WIB");
  });

  it("moves to the next day after 17.00 UTC", () => {
    expect(formatWaktu(new Date("2026-12-31T17:30:00Z"))).toBe("1 Januari 2027 00.30 WIB");
  });
});

describe("toIsoDate / fromIsoDate", () => {
  it.each(["2026-12-31", "2026-01-01", "2024-02-29", "1999-07-15"])("round-trips %s", (iso) => {
    expect(toIsoDate(fromIsoDate(iso))).toBe(iso);
  });

  it("reads a date at UTC midnight, like Postgres date columns", () => {
    expect(fromIsoDate("2026-12-31").toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });
});
