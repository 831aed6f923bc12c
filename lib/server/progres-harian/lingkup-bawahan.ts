import "server-only";
import { NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";

/**
 * The entries an atasan may read and verify, as a `where`: those of a current, active bawahan
 * (Pegawai.atasanId) and those written on an SKP that names the actor as penilai, within the
 * actor's instansi and never the actor's own. Built only from a non-null actor.
 */
export function entriBawahanWhere(actor: Actor): Prisma.ProgresHarianWhereInput {
  return {
    pegawaiId: { not: actor.id },
    pegawai: { instansiId: actor.instansiId },
    OR: [{ pegawai: { atasanId: actor.id, aktif: true } }, { skp: { penilaiId: actor.id } }],
  };
}

/**
 * Called after a guarded update changed fewer rows than asked: an id outside the actor's
 * bawahan reads as not found (it is not theirs to know about), otherwise someone changed an
 * entry since it was read. Throwing rolls back the whole transaction.
 */
export async function tolakPerubahan(tx: Tx, actor: Actor, ids: string[]): Promise<never> {
  const ada = await tx.progresHarian.count({ where: { AND: [entriBawahanWhere(actor), { id: { in: ids } }] } });
  if (ada !== ids.length) throw new NotFoundError("Kegiatan tidak ditemukan di antara progres harian bawahan Anda.");
  throw new StaleVersionError();
}
