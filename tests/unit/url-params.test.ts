import { describe, expect, it } from "vitest";
import { MAX_PAGE, parseEnumParam, parsePage, parseSearchParam, parseTahunParam, parseUuidParam } from "@/lib/domain/url-params";

describe("parsePage", () => {
  it("keeps a plain page number", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage(["2", "9"])).toBe(2);
  });

  it("turns what is not a positive integer into page 1", () => {
    for (const bad of [undefined, "", "0", "-4", "1.5", "abc", "Infinity", "-Infinity", "NaN", "1e20", "0x10", " ", "\u0000"]) {
      expect(parsePage(bad), String(bad)).toBe(1);
    }
  });

  it("clamps a huge page number instead of sending it to the database", () => {
    expect(parsePage("123456789012345")).toBe(MAX_PAGE);
    expect(parsePage("12345678901234567890")).toBe(1);
  });
});

describe("parseUuidParam", () => {
  it("accepts an 8-4-4-4-12 hex id and lower-cases it", () => {
    expect(parseUuidParam("0E8F5A4C-1B2D-4C3E-8F9A-0B1C2D3E4F5A")).toBe("0e8f5a4c-1b2d-4c3e-8f9a-0b1c2d3e4f5a");
    expect(parseUuidParam("00000000-0000-0000-0000-000000000000")).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("refuses ids PostgreSQL would reject", () => {
    for (const bad of [undefined, "", "-".repeat(36), "0".repeat(36), "xxx", "0e8f5a4c-1b2d-4c3e-8f9a-0b1c2d3e4f5", "0e8f5a4c-1b2d-4c3e-8f9a-0b1c2d3e4f5a\u0000"]) {
      expect(parseUuidParam(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("parseTahunParam, parseEnumParam, parseSearchParam", () => {
  it("takes a four-digit year only", () => {
    expect(parseTahunParam("2026")).toBe(2026);
    for (const bad of ["1e20", "Infinity", "99999999999999999999", "26", "0999", "2026.5", undefined]) {
      expect(parseTahunParam(bad), String(bad)).toBeUndefined();
    }
  });

  it("takes one of the listed values only", () => {
    expect(parseEnumParam("FINAL", ["FINAL", "BELUM"] as const)).toBe("FINAL");
    expect(parseEnumParam("final", ["FINAL", "BELUM"] as const)).toBeUndefined();
  });

  it("cleans search text of control characters and caps it", () => {
    expect(parseSearchParam("  Fauzi\u0000 ")).toBe("Fauzi");
    expect(parseSearchParam("a".repeat(500))).toHaveLength(100);
    expect(parseSearchParam(undefined)).toBe("");
  });
});
