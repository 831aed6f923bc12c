import "server-only";
import { cache } from "react";
import { daftarTugas, hitunganMenu, type Tugas } from "@/lib/domain/tugas";
import { hariIniDi } from "@/lib/domain/zona-waktu";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { bacaFaktaTugas } from "@/lib/server/queries/tugas-fakta";

/**
 * The signed-in person's "Tugas Anda", in the instansi's calendar. Cached per request, so the
 * layout's menu counts and Beranda's list share one statement (lib/server/queries/tugas-fakta.ts).
 */
export const getTugasAnda = cache(async (actor: Actor): Promise<Tugas[]> => {
  const now = new Date();
  const fakta = (await bacaFaktaTugas(db, [actor.id], hariIniDi(actor.zonaWaktu, now), now)).get(actor.id);
  return fakta ? daftarTugas(fakta) : [];
});

/**
 * Menu counts for the layout. Someone who is neither atasan nor admin has no counted entry, so
 * their pages skip the statement altogether.
 */
export async function getHitunganMenu(actor: Actor): Promise<Record<string, number>> {
  if (!actor.hasBawahan && !actor.isAdmin) return {};
  return hitunganMenu(await getTugasAnda(actor));
}
