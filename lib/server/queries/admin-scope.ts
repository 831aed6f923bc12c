import "server-only";
import { randomInt } from "node:crypto";
import { ForbiddenError } from "@/lib/domain/errors";
import { canAdminInstansi } from "@/lib/domain/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

/**
 * Shared by the admin actions: every record is loaded with `instansiId: actor.instansiId` in
 * its where-clause (a guessed id of another instansi is simply "not found"), then checked with
 * the pure rule before anything is written.
 */
export function assertAdminOf(actor: Actor, instansiId: string): void {
  if (!canAdminInstansi(actor, instansiId)) throw new ForbiddenError("Halaman ini hanya untuk admin instansi.");
}

type AuditEntry = { aksi: string; entitas: string; entitasId: string; data?: Prisma.InputJsonValue };

/** One AuditLog row per admin change, in the same transaction as the change. */
export async function writeAudit(tx: Tx, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: { instansiId: actor.instansiId, aktorId: actor.id, aksi: entry.aksi, entitas: entry.entitas, entitasId: entry.entitasId, data: entry.data },
  });
}

/** `{ field: { lama, baru } }` for the fields whose value differs; what the audit log keeps. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>): Prisma.InputJsonObject {
  const changes: Record<string, Prisma.InputJsonValue> = {};
  for (const [key, baru] of Object.entries(after)) {
    const lama = before[key];
    if (JSON.stringify(lama ?? null) !== JSON.stringify(baru ?? null)) changes[key] = { lama: toJson(lama), baru: toJson(baru) };
  }
  return changes;
}

// Dates become ISO strings, undefined becomes null: what JSON can hold.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
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
