import "server-only";
import type { JenisHariLibur } from "@/lib/generated/prisma/enums";
import { toIsoDate } from "@/lib/domain/tanggal";
import type { Actor } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { assertAdminOf } from "./admin-scope";

export type HariLiburRow = { id: string; tanggal: string; nama: string; jenis: JenisHariLibur };

/** The admin's instansi's hari libur in one year, by date. */
export async function listHariLibur(actor: Actor, tahun: number): Promise<HariLiburRow[]> {
  assertAdminOf(actor, actor.instansiId);
  const rows = await db.hariLibur.findMany({
    where: { instansiId: actor.instansiId, tanggal: { gte: new Date(Date.UTC(tahun, 0, 1)), lt: new Date(Date.UTC(tahun + 1, 0, 1)) } },
    select: { id: true, tanggal: true, nama: true, jenis: true },
    orderBy: { tanggal: "asc" },
  });
  return rows.map((r) => ({ ...r, tanggal: toIsoDate(r.tanggal) }));
}
