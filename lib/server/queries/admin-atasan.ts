import "server-only";
import { deriveAtasan, type DerivedAtasan } from "@/lib/domain/atasan";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

/**
 * The atasan the unit tree suggests for each pegawai, from definitive pimpinan only: a PLT/PLH
 * acts as penilai for a while (getEffectivePenilai) but never becomes the stored atasan.
 * One query for the instansi's units, then the pure rule per pegawai.
 */
export async function deriveAtasanMany(
  client: Tx | PrismaClient,
  instansiId: string,
  pegawai: readonly { id: string; unitId: string | null }[],
): Promise<Map<string, DerivedAtasan>> {
  const units = await client.unitKerja.findMany({
    where: { instansiId, aktif: true },
    select: { id: true, nama: true, parentId: true, pimpinanId: true },
  });
  const today = new Date();
  return new Map(pegawai.map((p) => [p.id, deriveAtasan(p, units, [], today)]));
}
