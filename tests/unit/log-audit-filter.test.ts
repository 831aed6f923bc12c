import { describe, expect, test } from "vitest";
import { awalHariDi, parseHalaman, parseLogAuditFilter } from "@/lib/domain/log-audit-filter";

describe("parseLogAuditFilter", () => {
  test("keeps what is valid", () => {
    expect(parseLogAuditFilter({ q: "  Ahmad ", aksi: "UBAH_RHK", dari: "2026-12-01", sampai: "2026-12-31", page: "3" })).toEqual({
      q: "Ahmad",
      aksi: "UBAH_RHK",
      dari: "2026-12-01",
      sampai: "2026-12-31",
      page: 3,
    });
  });

  test("drops what is not: unknown aksi, impossible dates, control characters, repeated params", () => {
    expect(parseLogAuditFilter({ q: ["a\u0000b\n", "x"], aksi: "toString", dari: "2026-02-30", sampai: "2026-13-01" })).toEqual({
      q: "ab",
      aksi: "",
      dari: "",
      sampai: "",
      page: 1,
    });
    expect(parseLogAuditFilter({ q: "x".repeat(300) }).q).toHaveLength(100);
  });
});

describe("parseHalaman", () => {
  test.each([
    ["", 1],
    ["0", 1],
    ["-3", 1],
    ["2.5", 1],
    ["1e20", 1],
    ["Infinity", 1],
    ["99999999999999999999", 1],
    ["7", 7],
    ["999999999", 100_000],
  ])("%j → %i", (raw, page) => {
    expect(parseHalaman(raw)).toBe(page);
  });
});

test("a day starts at local midnight: 17.00 UTC the day before in WIB, 16.00 in WITA, 15.00 in WIT", () => {
  expect(awalHariDi("WIB", "2026-12-01").toISOString()).toBe("2026-11-30T17:00:00.000Z");
  expect(awalHariDi("WIB", "2026-12-31", 1).toISOString()).toBe("2026-12-31T17:00:00.000Z");
  expect(awalHariDi("WITA", "2026-12-01").toISOString()).toBe("2026-11-30T16:00:00.000Z");
  expect(awalHariDi("WIT", "2026-12-01").toISOString()).toBe("2026-11-30T15:00:00.000Z");
});
