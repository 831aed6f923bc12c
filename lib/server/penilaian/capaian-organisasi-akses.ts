import "server-only";
import { effectivePimpinan } from "@/lib/domain/atasan";
import type { Tx } from "@/lib/server/db";

/**
 * The effective pimpinan (PLT/PLH first, then the definitive one) of each given unit's parent
 * on `today`: the person who sets that unit's Capaian Kinerja Organisasi.
 */
export async function pimpinanAtasOf(client: Tx, parentIds: string[], today: Date): Promise<Map<string, string | null>> {
  const ids = [...new Set(parentIds)];
  if (ids.length === 0) return new Map();
  const parents = await client.unitKerja.findMany({
    where: { id: { in: ids } },
    select: { id: true, nama: true, parentId: true, pimpinanId: true },
  });
  const pelaksana = await client.pelaksanaTugas.findMany({
    where: { unitId: { in: ids }, mulai: { lte: today }, selesai: { gte: today } },
    select: { unitId: true, pegawaiId: true, jenis: true, mulai: true, selesai: true },
  });
  return new Map(parents.map((u) => [u.id, effectivePimpinan(u, pelaksana, today)?.pegawaiId ?? null]));
}
