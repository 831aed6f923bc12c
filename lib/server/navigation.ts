import "server-only";
import { cache } from "react";
import { navigationFor, type NavGroup } from "@/lib/navigation";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

/**
 * The signed-in shell's menu. Atasan items show for whoever has an active bawahan or is the
 * penilai of some SKP (a PLT/PLH standing in for an atasan has no bawahan of their own).
 */
export const getNavigation = cache(async (actor: Actor): Promise<NavGroup[]> => {
  const [row] = await db.$queryRaw<Array<{ atasan: boolean }>>`
    SELECT EXISTS (SELECT 1 FROM "Pegawai" WHERE "atasanId" = ${actor.id}::uuid AND aktif)
        OR EXISTS (SELECT 1 FROM "Skp" WHERE "penilaiId" = ${actor.id}::uuid) AS atasan`;
  return navigationFor({ isAdmin: actor.isAdmin, hasBawahan: row?.atasan ?? false });
});
