import "server-only";
import { deriveAtasan } from "@/lib/domain/atasan";
import type { JenisPelaksanaTugas } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/db";

export type EffectivePenilai = {
  /** Who rates the pegawai on that date; null when no atasan is stored. */
  penilaiId: string | null;
  /** DEFINITIF: the stored atasan; PLT/PLH: someone acting as pimpinan on that date. */
  sebagai: "DEFINITIF" | JenisPelaksanaTugas;
  /** The stored Pegawai.atasanId, never changed by a PLT/PLH. */
  atasanId: string | null;
};

/**
 * The penilai of a pegawai on `date` (a calendar date in the instansi's zone, see hariIniDi).
 *
 * The stored atasan stays the truth and is never rewritten by a PLT/PLH. When the stored
 * atasan is the one the unit tree gives without any PLT/PLH (the usual case), the tree is
 * walked again with the PLT/PLH covering `date`; if that yields an acting official, they are
 * the penilai for that day. This covers both an acting official standing in for a pimpinan
 * who is away, and one leading a vacant unit. An atasan the admin set by hand (different from
 * the tree) is respected as is. When the range ends the stored atasan rates again.
 *
 * Callers authorise access to the pegawai first; this only resolves the chain. Two queries:
 * the instansi's units, and the PLT/PLH covering the date.
 */
export async function getEffectivePenilai(client: Tx | PrismaClient, pegawaiId: string, date: Date): Promise<EffectivePenilai | null> {
  const pegawai = await client.pegawai.findUnique({ where: { id: pegawaiId }, select: { id: true, unitId: true, atasanId: true, instansiId: true } });
  return pegawai ? effectivePenilaiOf(client, pegawai, date) : null;
}

export type PegawaiDalamPohon = { id: string; unitId: string | null; atasanId: string | null; instansiId: string };

/** getEffectivePenilai for a pegawai row the caller has already read. */
export async function effectivePenilaiOf(client: Tx | PrismaClient, pegawai: PegawaiDalamPohon, date: Date): Promise<EffectivePenilai> {
  const stored: EffectivePenilai = { penilaiId: pegawai.atasanId, sebagai: "DEFINITIF", atasanId: pegawai.atasanId };
  if (!pegawai.atasanId) return stored;

  // Acting officials are rare; the whole unit tree is read only when one is in office.
  const pelaksanaTugas = await client.pelaksanaTugas.findMany({
    where: { unit: { instansiId: pegawai.instansiId, aktif: true }, mulai: { lte: date }, selesai: { gte: date } },
    select: { unitId: true, pegawaiId: true, jenis: true, mulai: true, selesai: true },
  });
  if (pelaksanaTugas.length === 0) return stored;
  const units = await client.unitKerja.findMany({
    where: { instansiId: pegawai.instansiId, aktif: true },
    select: { id: true, nama: true, parentId: true, pimpinanId: true },
  });
  if (deriveAtasan(pegawai, units, [], date).atasanId !== pegawai.atasanId) return stored;

  const acting = deriveAtasan(pegawai, units, pelaksanaTugas, date).atasanId;
  const pt = pelaksanaTugas.find((p) => p.pegawaiId === acting);
  if (!acting || acting === pegawai.atasanId || !pt) return stored;
  return { penilaiId: acting, sebagai: pt.jenis, atasanId: pegawai.atasanId };
}
