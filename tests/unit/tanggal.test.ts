import { describe, expect, it } from "vitest";
import { NAMA_BULAN, formatTanggal, fromIsoDate, toIsoDate } from "@/lib/domain/tanggal";

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

describe("toIsoDate / fromIsoDate", () => {
  it.each(["2026-12-31", "2026-01-01", "2024-02-29", "1999-07-15"])("round-trips %s", (iso) => {
    expect(toIsoDate(fromIsoDate(iso))).toBe(iso);
  });

  it("reads a date at UTC midnight, like Postgres date columns", () => {
    expect(fromIsoDate("2026-12-31").toISOString()).toBe("2026-12-31T00:00:00.000Z");
  });
});
