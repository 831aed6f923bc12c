import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

/**
 * SQL for "this SKP is a Draft the atasan sent back" (lib/domain/skp-status-tampil.ts
 * isDikembalikan): its latest move into Draft came from Pengajuan or Persetujuan. One index
 * probe per row (RiwayatStatus by entitas, entitasId, createdAt), inside the list's own query.
 */
export function sqlDikembalikan(skpId: Prisma.Sql, status: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${status}::text = 'DRAFT' AND COALESCE((
    SELECT rs.dari IN ('PENGAJUAN', 'PERSETUJUAN') FROM "RiwayatStatus" rs
    WHERE rs.entitas = 'SKP' AND rs."entitasId" = ${skpId} AND rs.ke = 'DRAFT'
    ORDER BY rs."createdAt" DESC LIMIT 1), false))`;
}

/** The ids among `skp` that are returned Drafts: one query for a whole list. */
export async function skpDikembalikan(skp: readonly { id: string; status: string }[]): Promise<Set<string>> {
  const draft = skp.filter((s) => s.status === "DRAFT").map((s) => s.id);
  if (draft.length === 0) return new Set();
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM "Skp" s
    WHERE s.id = ANY(${draft}::uuid[]) AND ${sqlDikembalikan(Prisma.sql`s.id`, Prisma.sql`s.status`)}`;
  return new Set(rows.map((r) => r.id));
}
