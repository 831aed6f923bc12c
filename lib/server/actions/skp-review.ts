"use server";

import { revalidatePath } from "next/cache";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/domain/errors";
import { pesanSkpDikembalikan, pesanSkpDisetujui } from "@/lib/domain/notifikasi-pesan";
import { canViewSkp } from "@/lib/domain/permissions";
import { reviewRefusal, type ReviewAction } from "@/lib/domain/review-rules";
import { nextSkpStatus } from "@/lib/domain/transitions";
import type { StatusSkp } from "@/lib/generated/prisma/enums";
import {
  kembalikanSkpSchema,
  setujuiSkpSchema,
  type KembalikanSkpInput,
  type SetujuiSkpInput,
} from "@/lib/schemas/skp-review";
import type { Actor } from "@/lib/server/auth";
import type { Tx } from "@/lib/server/db";
import { defineAction } from "@/lib/server/define-action";
import { catatNotifikasi } from "@/lib/server/notifikasi/catat";
import { buildSkpSnapshot } from "@/lib/server/skp/snapshot";
import { bumpSkpVersion } from "@/lib/server/skp/versi";

type ReviewResult = { status: StatusSkp; version: number };

const setujuiSkpAction = defineAction({ schema: setujuiSkpSchema }, async ({ input, actor, tx }): Promise<ReviewResult> => {
  const skp = await claimSkpForReview(tx, actor, input.skpId, input.version, "setujui");
  const status = nextSkpStatus(skp.status, "setujui");
  // The approved SKP is what gets printed and signed: names and jabatan as of today.
  const snapshot = await buildSkpSnapshot(tx, skp.pegawaiId, skp.penilaiId);
  await tx.skp.update({ where: { id: skp.id }, data: { status, snapshot } });
  await tx.riwayatStatus.create({
    data: { entitas: "SKP", entitasId: skp.id, dari: skp.status, ke: status, aktorId: actor.id },
  });
  await catatNotifikasi(tx, [{ penerimaId: skp.pegawaiId, ...pesanSkpDisetujui({ skpId: skp.id, tahun: skp.tahun, namaPenilai: actor.nama }) }]);
  return { status, version: skp.version };
});

/** Setujui: Pengajuan → Persetujuan, by the SKP's pejabat penilai only. */
export async function setujuiSkp(input: SetujuiSkpInput) {
  const result = await setujuiSkpAction(input);
  if (result.ok) revalidateSkp(input.skpId);
  return result;
}

const kembalikanSkpAction = defineAction({ schema: kembalikanSkpSchema }, async ({ input, actor, tx }): Promise<ReviewResult> => {
  const skp = await claimSkpForReview(tx, actor, input.skpId, input.version, "kembalikan");
  const status = nextSkpStatus(skp.status, "kembalikan", input.catatan);
  await tx.skp.update({ where: { id: skp.id }, data: { status } });
  await tx.riwayatStatus.create({
    data: { entitas: "SKP", entitasId: skp.id, dari: skp.status, ke: status, aktorId: actor.id, catatan: input.catatan },
  });
  const pesan = pesanSkpDikembalikan({ skpId: skp.id, tahun: skp.tahun, namaPenilai: actor.nama, catatan: input.catatan });
  await catatNotifikasi(tx, [{ penerimaId: skp.pegawaiId, ...pesan }]);
  return { status, version: skp.version };
});

/** Kembalikan ke Draft (from Pengajuan or Persetujuan) with the catatan the pegawai will read. */
export async function kembalikanSkp(input: KembalikanSkpInput) {
  const result = await kembalikanSkpAction(input);
  if (result.ok) revalidateSkp(input.skpId);
  return result;
}

type ReviewableSkp = { id: string; pegawaiId: string; penilaiId: string | null; status: StatusSkp; version: number; tahun: number };

/**
 * Loads the SKP; anyone who may not see it is told it does not exist (guessed ids learn
 * nothing), anyone who sees it but never decides on it is refused, and then the optimistic
 * lock is taken. The status rule comes after the lock, so a decision made meanwhile in
 * another tab reads as "someone saved first" rather than as a puzzling status message.
 */
async function claimSkpForReview(tx: Tx, actor: Actor, skpId: string, expectedVersion: number, action: ReviewAction): Promise<ReviewableSkp> {
  const row = await tx.skp.findUnique({
    where: { id: skpId },
    select: { id: true, pegawaiId: true, penilaiId: true, status: true, pegawai: { select: { instansiId: true } }, tahun: { select: { tahun: true } } },
  });
  const ref = row ? { ...row, instansiId: row.pegawai.instansiId } : null;
  if (!row || !ref || !canViewSkp(actor, ref)) throw new NotFoundError("SKP tidak ditemukan.");
  const refusal = reviewRefusal(actor, ref, action);
  if (refusal?.reason === "bukanPenilai") throw new ForbiddenError(refusal.message);
  const version = await bumpSkpVersion(tx, row.id, expectedVersion);
  if (refusal) throw new DomainError(refusal.message);
  return { id: row.id, pegawaiId: row.pegawaiId, penilaiId: row.penilaiId, status: row.status, version, tahun: row.tahun.tahun };
}

function revalidateSkp(skpId: string) {
  revalidatePath("/skp-bawahan");
  revalidatePath(`/skp-bawahan/${skpId}`);
  revalidatePath("/matriks-peran-hasil");
  revalidatePath(`/skp/${skpId}`);
}
