import "server-only";
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import { alasanTolakTim, canLihatTim, type AksiTim, type TimRef } from "@/lib/domain/tim-kerja";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

export type TimDimuat = TimRef & { id: string; nama: string; tahunId: string; version: number };

/** The team with everyone who was ever an anggota, or NotFound for whoever may not see it. */
export async function muatTimTerlihat(tx: Tx, actor: Actor, timId: string): Promise<TimDimuat> {
  const tim = await tx.timKerja.findUnique({
    where: { id: timId },
    select: { id: true, nama: true, instansiId: true, tahunId: true, ketuaId: true, pembuatId: true, ditutupPada: true, version: true, anggota: { select: { pegawaiId: true } } },
  });
  if (!tim) throw new NotFoundError("Tim kerja tidak ditemukan.");
  const ref = { ...tim, anggotaIds: tim.anggota.map((a) => a.pegawaiId) };
  if (!canLihatTim(actor, ref)) throw new NotFoundError("Tim kerja tidak ditemukan.");
  return ref;
}

/**
 * Loads the team, refuses `aksi` for whoever may not take it (a closed team for everyone), and
 * claims the version the user read, so two people editing at once cannot overwrite each other.
 */
export async function klaimTim(tx: Tx, actor: Actor, timId: string, expectedVersion: number, aksi: AksiTim): Promise<TimDimuat> {
  const tim = await muatTimTerlihat(tx, actor, timId);
  const alasan = alasanTolakTim(actor, tim, aksi);
  if (alasan) throw new ForbiddenError(alasan);
  const { count } = await tx.timKerja.updateMany({ where: { id: tim.id, version: expectedVersion }, data: { version: { increment: 1 } } });
  if (count === 0) throw new StaleVersionError();
  return { ...tim, version: expectedVersion + 1 };
}

/** A pegawai who may join or lead a team: active, in the team's instansi (any unit). */
export async function pegawaiInstansi(tx: Tx, instansiId: string, pegawaiId: string, field: string) {
  const pegawai = await tx.pegawai.findFirst({ where: { id: pegawaiId, instansiId, aktif: true }, select: { id: true, nama: true } });
  if (!pegawai) throw new DomainError("Pegawai ini tidak ditemukan di instansi tim.", field);
  return pegawai;
}
