import "server-only";
import type { ModeKurva } from "@/lib/generated/prisma/enums";
import type { ZonaWaktu } from "@/lib/domain/zona-waktu";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { assertAdminOf } from "./admin-scope";

export type Pengaturan = {
  nama: string;
  modeKurva: ModeKurva;
  lokasi: string;
  hariKerjaPerMinggu: number;
  targetJamHarian: string;
  zonaWaktu: ZonaWaktu;
  kirimSiasnOtomatis: boolean;
};

export async function getPengaturan(actor: Actor): Promise<Pengaturan> {
  assertAdminOf(actor, actor.instansiId);
  const row = await db.instansi.findUniqueOrThrow({
    where: { id: actor.instansiId },
    select: { nama: true, modeKurva: true, lokasi: true, hariKerjaPerMinggu: true, targetJamHarian: true, zonaWaktu: true, kirimSiasnOtomatis: true },
  });
  return { ...row, targetJamHarian: row.targetJamHarian.toString() };
}
