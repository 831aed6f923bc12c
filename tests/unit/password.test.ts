import { describe, expect, it } from "vitest";
import { checkPasswordRules } from "@/lib/domain/password";

const NIP = "199001012015011001";

describe("checkPasswordRules", () => {
  it("accepts 8+ characters with a letter and a digit", () => {
    expect(checkPasswordRules("kinerja2026", { nip: NIP })).toEqual([]);
    expect(checkPasswordRules("abcdefg1", { nip: NIP })).toEqual([]);
  });

  it("rejects fewer than 8 characters", () => {
    expect(checkPasswordRules("abcdef1", { nip: NIP })).toEqual(["Kata sandi minimal 8 karakter."]);
  });

  it("rejects more than 128 characters", () => {
    expect(checkPasswordRules(`a1${"x".repeat(127)}`, { nip: NIP })).toEqual(["Kata sandi maksimal 128 karakter."]);
    expect(checkPasswordRules(`a1${"x".repeat(126)}`, { nip: NIP })).toEqual([]);
  });

  it("requires both a letter and a digit", () => {
    const pesan = "Kata sandi harus memuat setidaknya satu huruf dan satu angka.";
    expect(checkPasswordRules("12345678", { nip: NIP })).toEqual([pesan]);
    expect(checkPasswordRules("abcdefgh", { nip: NIP })).toEqual([pesan]);
    expect(checkPasswordRules("!!!!!!!!", { nip: NIP })).toEqual([pesan]);
  });

  it("rejects the NIP itself or a password containing it, even with spaces", () => {
    const pesan = "Kata sandi tidak boleh memuat NIP Anda.";
    expect(checkPasswordRules(NIP, { nip: NIP })).toEqual([
      "Kata sandi harus memuat setidaknya satu huruf dan satu angka.",
      pesan,
    ]);
    expect(checkPasswordRules(`x${NIP}`, { nip: NIP })).toEqual([pesan]);
    expect(checkPasswordRules("a19900101 201501 1 001", { nip: "19900101 201501 1 001" })).toEqual([pesan]);
  });

  it("allows part of the NIP", () => {
    expect(checkPasswordRules("lahir19900101", { nip: NIP })).toEqual([]);
  });

  it("skips the NIP rule when the NIP is unknown", () => {
    expect(checkPasswordRules(`a${NIP}`, { nip: null })).toEqual([]);
  });

  it("lists every problem at once", () => {
    expect(checkPasswordRules("abc", { nip: NIP })).toHaveLength(2);
  });
});
