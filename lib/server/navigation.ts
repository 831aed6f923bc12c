import "server-only";
import { cache } from "react";
import { navigationFor, type NavGroup } from "@/lib/navigation";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";

/** The signed-in shell's menu. Atasan items depend on having an active bawahan. */
export const getNavigation = cache(async (actor: Actor): Promise<NavGroup[]> => {
  const bawahan = await db.pegawai.findFirst({
    where: { atasanId: actor.id, instansiId: actor.instansiId, aktif: true },
    select: { id: true },
  });
  return navigationFor({ isAdmin: actor.isAdmin, hasBawahan: bawahan !== null });
});
