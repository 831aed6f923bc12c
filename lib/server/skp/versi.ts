import "server-only";
import { canEditSkp } from "@/lib/domain/permissions";
import { ForbiddenError, NotFoundError, StaleVersionError } from "@/lib/domain/errors";
import type { LayoutSkp } from "@/lib/generated/prisma/enums";
import type { Tx } from "@/lib/server/db";
import type { Actor } from "@/lib/server/auth";

/**
 * Optimistic lock for an SKP and everything under it (RHK, indikator, lampiran, ekspektasi,
 * status). The caller passes the version the user read; when someone saved in between, nothing
 * matches and the whole transaction is abandoned. Returns the new version.
 */
export async function bumpSkpVersion(tx: Tx, skpId: string, expectedVersion: number): Promise<number> {
  const { count } = await tx.skp.updateMany({
    where: { id: skpId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersionError();
  return expectedVersion + 1;
}

export type OwnDraftSkp = {
  id: string;
  pegawaiId: string;
  tahunId: string;
  layout: LayoutSkp;
  version: number;
};

/**
 * Loads the actor's own SKP (scope in `where`, so another pegawai's id is simply not found),
 * checks it is still a Draft, and takes the version lock. Every pegawai edit starts here.
 */
export async function claimOwnDraftSkp(tx: Tx, actor: Actor, skpId: string, expectedVersion: number): Promise<OwnDraftSkp> {
  const skp = await tx.skp.findFirst({
    where: { id: skpId, pegawaiId: actor.id },
    select: {
      id: true,
      pegawaiId: true,
      penilaiId: true,
      tahunId: true,
      layout: true,
      status: true,
      pegawai: { select: { instansiId: true } },
    },
  });
  if (!skp) throw new NotFoundError("SKP tidak ditemukan.");
  if (!canEditSkp(actor, { ...skp, instansiId: skp.pegawai.instansiId })) {
    throw new ForbiddenError("SKP ini sudah diajukan sehingga tidak dapat diubah. Tunggu keputusan atasan Anda.");
  }
  const version = await bumpSkpVersion(tx, skp.id, expectedVersion);
  return { id: skp.id, pegawaiId: skp.pegawaiId, tahunId: skp.tahunId, layout: skp.layout, version };
}
