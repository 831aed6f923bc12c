import "server-only";
import { randomInt } from "node:crypto";
import { ForbiddenError } from "@/lib/domain/errors";
import { canAdminInstansi } from "@/lib/domain/permissions";
import type { Actor } from "@/lib/server/auth";

/**
 * Shared by the admin actions: every record is loaded with `instansiId: actor.instansiId` in
 * its where-clause (a guessed id of another instansi is simply "not found"), then checked with
 * the pure rule before anything is written.
 */
export function assertAdminOf(actor: Actor, instansiId: string): void {
  if (!canAdminInstansi(actor, instansiId)) throw new ForbiddenError("Halaman ini hanya untuk admin instansi.");
}

// No 0/O or 1/l/I: the admin reads the password out or copies it by hand.
const HURUF = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
const ANGKA = "23456789";

/**
 * A temporary password shown once to the admin: 12 characters, letters and digits, which
 * passes checkPasswordRules. The pegawai changes it through "Lupa kata sandi" or their profile.
 */
export function generateTemporaryPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)] ?? "a";
  const chars = [pick(ANGKA), pick(ANGKA), ...Array.from({ length: 10 }, () => pick(HURUF + ANGKA))];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? "a", chars[i] ?? "a"];
  }
  return chars.some((c) => HURUF.includes(c)) ? chars.join("") : generateTemporaryPassword();
}
