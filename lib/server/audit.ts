import "server-only";
import { headers } from "next/headers";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

export type AuditActor = { id: string; instansiId: string };

export type AuditEntry = { aksi: string; entitas: string; entitasId: string | null; data?: Prisma.InputJsonValue };

/**
 * One AuditLog row per change, written with the caller's client so it lands in the same
 * transaction as the change it records. The address is the client's as the app server saw it;
 * `alamat` is for the one caller that gets its request headers handed in (next-auth's authorize).
 */
export async function writeAudit(
  tx: Pick<Tx, "auditLog">,
  actor: AuditActor | null,
  entry: AuditEntry & { instansiId?: string; alamat?: string | null },
): Promise<void> {
  await tx.auditLog.create({
    data: {
      instansiId: entry.instansiId ?? actor?.instansiId ?? null,
      aktorId: actor?.id ?? null,
      aksi: entry.aksi,
      entitas: entry.entitas,
      entitasId: entry.entitasId,
      data: entry.data,
      alamat: entry.alamat !== undefined ? entry.alamat : await requestAddress(),
    },
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

/**
 * The client's address for this request, or null outside one (scripts, jobs). The app's HTTP
 * server (scripts/serve.ts) overwrites X-Forwarded-For with the one address it trusts, so the
 * header never carries what a client made up.
 */
export async function requestAddress(): Promise<string | null> {
  try {
    const forwarded = (await headers()).get("x-forwarded-for");
    return forwarded?.split(",")[0]?.trim().slice(0, 64) || null;
  } catch {
    return null;
  }
}

// Dates become ISO strings, undefined becomes null: what JSON can hold.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}
