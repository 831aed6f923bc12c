import { describe, expect, it } from "vitest";
import { checkNip, formatNip, isValidNip, normalizeNip } from "@/lib/domain/nip";

describe("checkNip", () => {
  it.each(["199001012015011001", "198512312010122005", "20000229 202201 2 001"])("accepts %s", (nip) => {
    expect(checkNip(nip)).toEqual({ valid: true });
    expect(isValidNip(nip)).toBe(true);
  });

  it.each([
    ["19900101201501100A", "NIP hanya boleh berisi angka."],
    ["", "NIP hanya boleh berisi angka."],
    ["19900101201501100", "NIP harus 18 digit."],
    ["1990010120150110011", "NIP harus 18 digit."],
    ["199002302015011001", "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)."],
    ["199013012015011001", "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)."],
    ["189001012015011001", "8 digit pertama NIP harus tanggal lahir yang valid (TTTTBBHH)."],
    ["199001012015131001", "Digit 9–14 NIP harus tahun dan bulan TMT yang valid."],
    ["199001012015001001", "Digit 9–14 NIP harus tahun dan bulan TMT yang valid."],
    ["199001011985011001", "Digit 9–14 NIP harus tahun dan bulan TMT yang valid."],
    ["199001012015013001", "Digit ke-15 NIP harus 1 (pria) atau 2 (wanita)."],
    ["199001012015011000", "Nomor urut NIP tidak boleh 000."],
  ])("rejects %j: %s", (nip, reason) => {
    expect(checkNip(nip)).toEqual({ valid: false, reason });
    expect(isValidNip(nip)).toBe(false);
  });

  it("rejects 29 February outside a leap year", () => {
    expect(isValidNip("20010229 202201 2 001")).toBe(false);
  });
});

describe("normalizeNip / formatNip", () => {
  it("strips the spaces people copy from documents", () => {
    expect(normalizeNip(" 19900101 201501 1 001 ")).toBe("199001012015011001");
  });

  it("groups an 18-digit NIP like printed documents", () => {
    expect(formatNip("199001012015011001")).toBe("19900101 201501 1 001");
    expect(formatNip("19900101 201501 1 001")).toBe("19900101 201501 1 001");
  });

  it("returns anything else unchanged", () => {
    expect(formatNip("12345")).toBe("12345");
    expect(formatNip("abc")).toBe("abc");
  });
});
