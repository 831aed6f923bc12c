import { normalizeNip } from "./nip";

export const PASSWORD_MIN = 8;
// argon2 hashes any length, but an unbounded input lets one request burn CPU.
export const PASSWORD_MAX = 128;

/** Problems with a new password, in Bahasa Indonesia; empty when it is acceptable. */
export function checkPasswordRules(password: string, { nip }: { nip: string | null }): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push(`Kata sandi minimal ${PASSWORD_MIN} karakter.`);
  if (password.length > PASSWORD_MAX) problems.push(`Kata sandi maksimal ${PASSWORD_MAX} karakter.`);
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    problems.push("Kata sandi harus memuat setidaknya satu huruf dan satu angka.");
  }
  // The NIP is printed on every document, so a password built from it is no secret.
  const n = nip ? normalizeNip(nip) : "";
  if (n && normalizeNip(password).includes(n)) problems.push("Kata sandi tidak boleh memuat NIP Anda.");
  return problems;
}
