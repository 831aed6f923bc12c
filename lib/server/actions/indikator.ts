"use server";

import { revalidatePath } from "next/cache";
import { DomainError, NotFoundError } from "@/lib/domain/errors";
import { parseAngka } from "@/lib/domain/skp-target";
import {
  indikatorDeleteSchema,
  indikatorSaveSchema,
  type IndikatorDeleteInput,
  type IndikatorSaveInput,
} from "@/lib/schemas/indikator";
import { defineAction, type ActionResult } from "@/lib/server/define-action";
import { claimOwnDraftSkp } from "@/lib/server/skp-version";

const saveIndikatorAction = defineAction({ schema: indikatorSaveSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  // The form asked for the fields of the layout it was shown; a changed layout needs a reload.
  if (input.layout !== skp.layout) throw new DomainError("Bentuk SKP ini telah berubah. Muat ulang halaman lalu isi kembali.");
  const rhk = await tx.rhk.findFirst({ where: { id: input.rhkId, skpId: skp.id }, select: { id: true } });
  if (!rhk) throw new NotFoundError("RHK tidak ditemukan.");

  const kualitatif = skp.layout === "KUALITATIF";
  const data = {
    teks: input.teks,
    aspek: skp.layout === "JPT" || !input.aspek ? null : input.aspek,
    perspektif: skp.layout === "JPT" && input.perspektif ? input.perspektif : null,
    targetMin: kualitatif ? null : parseAngka(input.targetMin),
    targetMax: kualitatif || !input.rentang ? null : parseAngka(input.targetMax),
    satuan: kualitatif ? null : input.satuan,
    targetNarasi: kualitatif ? input.targetNarasi : null,
  };
  if (input.indikatorId) {
    const { count } = await tx.indikator.updateMany({ where: { id: input.indikatorId, rhkId: rhk.id }, data });
    if (count === 0) throw new NotFoundError("Indikator tidak ditemukan.");
    return { id: input.indikatorId, skpId: skp.id, version: skp.version };
  }
  const last = await tx.indikator.findFirst({ where: { rhkId: rhk.id }, orderBy: { urutan: "desc" }, select: { urutan: true } });
  const created = await tx.indikator.create({
    data: { ...data, rhkId: rhk.id, urutan: last ? last.urutan + 1 : 0 },
    select: { id: true },
  });
  return { id: created.id, skpId: skp.id, version: skp.version };
});

export async function saveIndikator(input: IndikatorSaveInput) {
  return revalidated(await saveIndikatorAction(input));
}

const deleteIndikatorAction = defineAction({ schema: indikatorDeleteSchema }, async ({ input, actor, tx }) => {
  const skp = await claimOwnDraftSkp(tx, actor, input.skpId, input.version);
  const { count } = await tx.indikator.deleteMany({ where: { id: input.indikatorId, rhk: { skpId: skp.id } } });
  if (count === 0) throw new NotFoundError("Indikator tidak ditemukan.");
  return { skpId: skp.id, version: skp.version };
});

export async function deleteIndikator(input: IndikatorDeleteInput) {
  return revalidated(await deleteIndikatorAction(input));
}

function revalidated<T extends { skpId: string }>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/skp/${result.data.skpId}`);
  return result;
}
