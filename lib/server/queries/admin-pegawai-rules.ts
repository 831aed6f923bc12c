import "server-only";
import { DomainError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

/** Checks shared by the admin pegawai actions, each scoped to the actor's instansi. */

export async function assertUnitUsable(tx: Tx, actor: Actor, unitId: string): Promise<void> {
  const unit = await tx.unitKerja.findFirst({ where: { id: unitId, instansiId: actor.instansiId }, select: { nama: true, aktif: true } });
  if (!unit) throw new DomainError("Unit kerja tidak ditemukan di instansi Anda.", "unitId");
  if (!unit.aktif) throw new DomainError(`Unit "${unit.nama}" sudah nonaktif; pilih unit lain.`, "unitId");
}

/**
 * The proposed atasan must be an active pegawai of the same instansi, not the pegawai
 * themself, and not someone who (through their own atasan chain) reports to the pegawai:
 * that would make a loop in which nobody has a real penilai.
 */
export async function assertAtasanUsable(tx: Tx, actor: Actor, pegawaiId: string | null, atasanId: string): Promise<void> {
  if (pegawaiId === atasanId) throw new DomainError("Pegawai tidak dapat menjadi atasan bagi dirinya sendiri.", "atasanId");
  const atasan = await tx.pegawai.findFirst({ where: { id: atasanId, instansiId: actor.instansiId }, select: { nama: true, aktif: true } });
  if (!atasan) throw new DomainError("Atasan tidak ditemukan di instansi Anda.", "atasanId");
  if (!atasan.aktif) throw new DomainError(`${atasan.nama} sudah nonaktif; pilih atasan lain.`, "atasanId");
  if (!pegawaiId) return;

  const chain = await tx.pegawai.findMany({ where: { instansiId: actor.instansiId, atasanId: { not: null } }, select: { id: true, atasanId: true } });
  const atasanOf = new Map(chain.map((p) => [p.id, p.atasanId]));
  const seen = new Set<string>();
  for (let current: string | null | undefined = atasanId; current && !seen.has(current); current = atasanOf.get(current)) {
    if (current === pegawaiId) {
      throw new DomainError(`${atasan.nama} berada di bawah pegawai ini dalam rantai atasan, sehingga tidak dapat menjadi atasannya.`, "atasanId");
    }
    seen.add(current);
  }
}
