import "server-only";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

/** Marks the actor's own notification read (once: the first reading time stays) and gives its path. */
export async function bukaNotifikasi(actor: Actor, id: string): Promise<string | null> {
  const [n] = await db.$queryRaw<Array<{ tautan: string }>>`
    UPDATE "Notifikasi" SET "dibacaPada" = COALESCE("dibacaPada", now() AT TIME ZONE 'UTC')
    WHERE id = ${id}::uuid AND "penerimaId" = ${actor.id}::uuid
    RETURNING tautan`;
  return n?.tautan ?? null;
}
