import { describe, expect, it } from "vitest";
import { divRound, formatDesimal, formatJumlah, parseDecimal, percentOf } from "@/lib/domain/desimal";

describe("parseDecimal", () => {
  it("reads numbers and Decimal strings exactly", () => {
    expect(parseDecimal("12.50")).toEqual({ n: 1250n, scale: 2 });
    expect(parseDecimal(0.1)).toEqual({ n: 1n, scale: 1 });
    expect(parseDecimal("-3")).toEqual({ n: -3n, scale: 0 });
    expect(parseDecimal(".5")).toEqual({ n: 5n, scale: 1 });
    expect(parseDecimal(1e-7)).toEqual({ n: 1n, scale: 7 });
  });

  it.each(["", "abc", "1,5", "1.2.3", "."])("rejects %j", (text) => {
    expect(() => parseDecimal(text)).toThrow(RangeError);
  });

  it("rejects non-finite numbers", () => {
    expect(() => parseDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => parseDecimal(Infinity)).toThrow(RangeError);
  });
});

describe("divRound", () => {
  it("rounds half away from zero", () => {
    expect(divRound(5n, 2n)).toBe(3n);
    expect(divRound(-5n, 2n)).toBe(-3n);
    expect(divRound(7n, 3n)).toBe(2n);
    expect(divRound(5n, -2n)).toBe(-3n);
  });

  it("refuses division by zero", () => {
    expect(() => divRound(1n, 0n)).toThrow(RangeError);
  });
});

describe("percentOf", () => {
  it("gives a / b × 100 to 2 decimals, or null for b = 0", () => {
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf("0.1", "0.3")).toBe(33.33);
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(-1, 8)).toBe(-12.5);
    expect(percentOf(1, 0)).toBeNull();
  });
});

describe("formatDesimal", () => {
  it("uses a decimal comma and drops trailing zeros", () => {
    expect(formatDesimal(66.67)).toBe("66,67");
    expect(formatDesimal(70)).toBe("70");
    expect(formatDesimal(2.8125, 3)).toBe("2,813");
    expect(formatDesimal(12345.5)).toBe("12345,5");
  });
});

describe("formatJumlah", () => {
  it("groups thousands with dots, as Indonesian readers expect", () => {
    expect(formatJumlah(0)).toBe("0");
    expect(formatJumlah(999)).toBe("999");
    expect(formatJumlah(1000)).toBe("1.000");
    expect(formatJumlah(50000)).toBe("50.000");
    expect(formatJumlah(1234567)).toBe("1.234.567");
    expect(formatJumlah(-41000)).toBe("-41.000");
  });
});
