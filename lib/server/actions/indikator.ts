"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import {
  indikatorDeleteSchema,
  indikatorSaveSchema,
  type IndikatorDeleteInput,
  type IndikatorSaveInput,
} from "@/lib/schemas/indikator";
import type { Prisma } from "@/lib/generated/prisma/client";
import { diffFields, writeAudit } from "@/lib/server/audit";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { angkaTersimpan, notFoundAs } from "@/lib/server/audit-support";
import { indikatorData, tambahIndikator } from "@/lib/server/skp/indikator-tersimpan";
import { claimOwnDraftSkp } from "@/lib/server/skp/versi";

// What an indikator change records: the fields the pegawai edits, targets as stored.
const AUDITED = { teks: true, aspek: true, perspektif: true, targetMin: true, targetMax: true, satuan: true, targetNarasi: true } as const;

type AuditedIndikator = { targetMin: Prisma.Decimal | string | null; targetMax: Prisma.Decimal | string | null };

function asAudited<T extends AuditedIndikator>(v: T): Omit<T, keyof AuditedIndikator> & { targetMin: string | null; targetMax: string | null } {
  return { ...v, targetMin: angkaTersimpan(v.targetMin), targetMax: angkaTersimpan(v.targetMax) };
}

const saveIndikatorAction = defineAction({ schema: indikatorSaveSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  // The form asked for the fields of the layout it was shown; a changed layout needs a reload.
  if (input.layout !== skp.layout) throw new DomainError("Bentuk SKP ini telah berubah. Muat ulang halaman lalu isi kembali.");
  // The indikator being edited comes with its RHK (one statement), for the audit diff.
  const rhk = await tx.rhk.findFirst({
    where: { id: input.rhkId, skpId: skp.id },
    select: { id: true, indikator: input.indikatorId ? { where: { id: input.indikatorId }, select: AUDITED } : false },
  });
  if (!rhk) throw new NotFoundError("RHK tidak ditemukan.");

  const data = indikatorData(skp.layout, input);
  if (input.indikatorId) {
    const before = rhk.indikator?.[0];
    const { count } = await tx.indikator.updateMany({ where: { id: input.indikatorId, rhkId: rhk.id }, data });
    if (count === 0 || !before) throw new NotFoundError("Indikator tidak ditemukan.");
    await writeAudit(tx, actor, {
      aksi: "UBAH_INDIKATOR",
      entitas: "Indikator",
      entitasId: input.indikatorId,
      data: diffFields(asAudited(before), asAudited(data)),
    });
    return { id: input.indikatorId, skpId: skp.id, version: skp.version };
  }
  const created = await tambahIndikator(tx, actor, rhk.id, skp.layout, [input]);
  return { id: created[0]!, skpId: skp.id, version: skp.version };
});

export async function saveIndikator(input: IndikatorSaveInput) {
  return revalidated(await saveIndikatorAction(input));
}

const deleteIndikatorAction = defineAction({ schema: indikatorDeleteSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const deleted = await tx.indikator
    .delete({ where: { id: input.indikatorId, rhk: { skpId: skp.id } }, select: { rhkId: true, ...AUDITED } })
    .catch(notFoundAs("Indikator tidak ditemukan."));
  const { rhkId, ...data } = deleted;
  await writeAudit(tx, actor, { aksi: "HAPUS_INDIKATOR", entitas: "Indikator", entitasId: input.indikatorId, data: { rhkId, ...asAudited(data) } });
  return { skpId: skp.id, version: skp.version };
});

export async function deleteIndikator(input: IndikatorDeleteInput) {
  return revalidated(await deleteIndikatorAction(input));
}

function revalidated<T extends { skpId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}
