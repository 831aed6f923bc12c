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
  const [bawahan, dinilai] = await Promise.all([
    db.pegawai.findFirst({ where: { atasanId: actor.id, instansiId: actor.instansiId, aktif: true }, select: { id: true } }),
    db.skp.findFirst({ where: { penilaiId: actor.id }, select: { id: true } }),
  ]);
  return navigationFor({ isAdmin: actor.isAdmin, hasBawahan: bawahan !== null || dinilai !== null });
});
